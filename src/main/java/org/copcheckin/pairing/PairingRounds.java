package org.copcheckin.pairing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.community.MemberProfile;
import org.copcheckin.community.Members;
import org.copcheckin.community.PairingPreference;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChatPlatform;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs pairing rounds: lists the channel's members through the platform, keeps those who take part, builds
 * the groups, records the round and introduces every group privately. A round interrupted within the last
 * day is finished (not rebuilt) when run again; so is a partial one when a facilitator runs {@code pair} again
 * (a schedule's next run makes a new round instead).
 *
 * <p>The introductions run on threads of their own ({@link IntroductionWork}). The caller waits for them only
 * {@code cop.pairing.answer-within} (5 s): a round that takes longer, as a large Slack channel's does at the
 * platform's rate limits, answers that it is under way, and {@code status} shows how far it got.
 */
@Service
public class PairingRounds {

    private static final Logger log = LoggerFactory.getLogger(PairingRounds.class);
    static final Duration RESUME_WINDOW = Duration.ofHours(24);
    /** A RUNNING round with no introduction for this long is taken for interrupted. */
    static final Duration STALLED = Duration.ofMinutes(5);

    private final ChatPlatforms platforms;
    private final Members members;
    private final RoundStore rounds;
    private final MeetingStore meetings;
    private final Introductions introductions;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CopMetrics metrics;
    private final IntroductionWork work;
    private final Duration answerWithin;
    private final CommunityLanguages languages;
    /** Rounds introducing in this process, by community. */
    private final Map<Long, Long> running = new ConcurrentHashMap<>();

    PairingRounds(ChatPlatforms platforms, Members members, RoundStore rounds, MeetingStore meetings,
                  Introductions introductions, TransactionTemplate transactions, Clock clock, CopMetrics metrics,
                  IntroductionWork work, @Value("${cop.pairing.answer-within:5s}") Duration answerWithin,
                  CommunityLanguages languages) {
        this.languages = languages;
        this.metrics = metrics;
        this.work = work;
        this.answerWithin = answerWithin;
        this.platforms = platforms;
        this.members = members;
        this.rounds = rounds;
        this.meetings = meetings;
        this.introductions = introductions;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs a round now (or finishes the community's unfinished one) and reports what happened. */
    public RoundReport run(Community community, int size, RoundTrigger trigger) {
        return run(community, size, trigger, Activity.PARTNER);
    }

    /**
     * Runs a round with the given activity: for {@link Activity#ECOMAP}, groups of one region across organisations
     * (see {@link EcoMapGroups}), introduced with the eco-map exercise.
     */
    public RoundReport run(Community community, int size, RoundTrigger trigger, Activity activity) {
        Long introducing = running.get(community.id());
        if (introducing != null) {
            return underWay(introducing, List.of(), false);
        }
        ChatPlatform platform = platforms.of(community.channel());
        Optional<RoundSummary> unfinished = rounds.unfinished(community.id(), clock.instant().minus(RESUME_WINDOW),
                trigger.kind() == RoundTrigger.Kind.MANUAL);
        if (unfinished.isPresent()) {
            return start(platform, community, unfinished.get().roundId(), List.of(), true, trigger);
        }
        Planned plan = plan(platform, community, size, activity);
        if (plan.failure().isPresent() || plan.grouping().isEmpty()) {
            RoundOutcome outcome = plan.failure().isPresent() ? RoundOutcome.FAILED : RoundOutcome.SKIPPED;
            String reason = plan.failure().orElseGet(() -> plan.grouping().noRoundReason().orElse("no groups"));
            long id = rounds.insertRound(new RoundStore.NewRound(community.id(), plan.seed(), size, trigger, outcome,
                    reason, plan.considered(), plan.leftOut().size(), 0), clock.instant());
            rounds.setActivity(id, activity);
            log.info("Pairing round {} in community {}: {}", id, community.id(), outcome);
            return new RoundReport(OptionalLong.of(id), outcome, List.of(), List.of(), plan.leftOut(),
                    Optional.of(reason), false, 0, plan.notes());
        }
        Long roundId = transactions.execute(status -> {
            long id = rounds.insertRound(new RoundStore.NewRound(community.id(), plan.seed(), size, trigger,
                    RoundOutcome.RUNNING, null, plan.considered(), plan.leftOut().size(),
                    plan.grouping().groups().size()), clock.instant());
            rounds.setActivity(id, activity);
            List<List<String>> groups = plan.grouping().groups();
            for (int g = 0; g < groups.size(); g++) {
                long groupId = rounds.insertGroup(id, g, groups.get(g));
                if (g < plan.regions().size()) {
                    rounds.setRegion(groupId, plan.regions().get(g));
                }
            }
            return id;
        });
        tellPauseEnded(platform, community, plan.pauseEnded());
        RoundReport report = start(platform, community, roundId, plan.leftOut(), false, trigger);
        return plan.notes().isEmpty() ? report : report.withNotes(plan.notes());
    }

    /** Introduces the round's groups on the introduction threads; waits for them a short while only. */
    private RoundReport start(ChatPlatform platform, Community community, long roundId, List<LeftOut> leftOut,
                              boolean resumed, RoundTrigger trigger) {
        Long other = running.putIfAbsent(community.id(), roundId);
        if (other != null) {
            return underWay(other, leftOut, resumed);
        }
        CompletableFuture<RoundReport> done;
        try {
            done = work.submit(() -> counted(introduce(platform, community, roundId, leftOut, resumed), trigger));
        } catch (RuntimeException rejected) {
            running.remove(community.id(), roundId);
            throw rejected;
        }
        done.whenComplete((report, failure) -> running.remove(community.id(), roundId));
        try {
            return done.get(answerWithin.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillIntroducing) {
            return underWay(roundId, leftOut, resumed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return underWay(roundId, leftOut, resumed);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** A round still introducing: every group, those that failed so far, and how many were introduced. */
    private RoundReport underWay(long roundId, List<LeftOut> leftOut, boolean resumed) {
        List<List<String>> groups = new ArrayList<>();
        List<List<String>> failed = new ArrayList<>();
        int introduced = 0;
        for (RoundStore.StoredGroup group : rounds.groups(roundId)) {
            groups.add(group.members());
            if (group.delivered()) {
                introduced++;
            } else if (group.failed()) {
                failed.add(group.members());
            }
        }
        return new RoundReport(OptionalLong.of(roundId), RoundOutcome.RUNNING, groups, failed, leftOut,
                Optional.empty(), resumed, introduced);
    }

    /** How far a round got: introduced and failed groups so far, and whether it is still introducing. */
    public RoundProgress progress(RoundSummary round) {
        RoundStore.Progress progress = rounds.progress(round.roundId());
        Instant lastActivity = progress.lastIntroduced().filter(last -> last.isAfter(round.startedAt()))
                .orElse(round.startedAt());
        boolean introducing = round.outcome() == RoundOutcome.RUNNING
                && (running.containsValue(round.roundId()) || lastActivity.isAfter(clock.instant().minus(STALLED)));
        return new RoundProgress(round.groups(), progress.introduced(), progress.failed(), introducing);
    }

    private RoundReport counted(RoundReport report, RoundTrigger trigger) {
        metrics.pairingRound(report.groups().size() - report.failedGroups().size(),
                trigger.kind() == RoundTrigger.Kind.SCHEDULED);
        return report;
    }

    /** The groups the next round would make, shown without sending or recording anything. */
    public RoundReport preview(Community community, int size) {
        return preview(community, size, Activity.PARTNER);
    }

    /** The groups the next round of this activity would make, shown without sending or recording anything. */
    public RoundReport preview(Community community, int size, Activity activity) {
        Planned plan = plan(platforms.of(community.channel()), community, size, activity);
        if (plan.failure().isPresent()) {
            return new RoundReport(OptionalLong.empty(), RoundOutcome.FAILED, List.of(), List.of(), List.of(),
                    plan.failure(), false, 0);
        }
        Grouping grouping = plan.grouping();
        return new RoundReport(OptionalLong.empty(), grouping.isEmpty() ? RoundOutcome.SKIPPED : RoundOutcome.DONE,
                grouping.groups(), List.of(), plan.leftOut(), grouping.noRoundReason(), false, 0, plan.notes());
    }

    public Optional<RoundSummary> lastRound(Community community) {
        return rounds.last(community.id());
    }

    /** Groups introduced in {@code [from, to)} and how many of them said they met. */
    public CompletionRate completionRate(Community community, Instant from, Instant to) {
        return meetings.completion(community.id(), from, to);
    }

    private Planned plan(ChatPlatform platform, Community community, int size, Activity activity) {
        long seed = GroupBuilder.mix(community.id() * 1_000_003L + rounds.roundsWithGroups(community.id()));
        Language l = languages.of(community.id());
        List<ChannelMember> channelMembers;
        try {
            channelMembers = platform.listHumanMembers(community.channel());
        } catch (PlatformException e) {
            log.warn("Could not list the members of community {}: {}", community.id(), e.getMessage());
            return new Planned(seed, 0, null, List.of(), List.of(),
                    Optional.of(l.text("pairing.reason.members", e.getMessage())), List.of(), List.of());
        }
        List<MemberProfile> profiles = members.all(community,
                channelMembers.stream().map(member -> member.ref().userId()).toList());
        Eligibility who = Eligibility.of(community.pairingMode(), community.zone(), channelMembers, profiles,
                clock.instant(), l);
        if (activity == Activity.ECOMAP) {
            Map<String, String> regions = new HashMap<>();
            profiles.forEach(profile -> profile.region().ifPresent(region -> regions.putIfAbsent(profile.userId(), region)));
            EcoMapGroups.Result ecoMap = EcoMapGroups.build(who.participants(), regions,
                    meetings.history(community.id()), size, seed, l);
            return new Planned(seed, channelMembers.size(), ecoMap.grouping(), who.leftOut(), who.pauseEnded(),
                    Optional.empty(), ecoMap.regions(), ecoMap.notes());
        }
        Grouping grouping = GroupBuilder.build(who.participants(), meetings.history(community.id()), size, seed);
        if (grouping.isEmpty()) { // the builder's reasons are English; the facilitator reads the community's
            grouping = Grouping.none(l.text(who.participants().size() == 1 ? "pairing.reason.one"
                    : "pairing.reason.nobody"));
        }
        return new Planned(seed, channelMembers.size(), grouping, who.leftOut(), who.pauseEnded(), Optional.empty(),
                List.of(), List.of());
    }

    private RoundReport introduce(ChatPlatform platform, Community community, long roundId, List<LeftOut> leftOut,
                                  boolean resumed) {
        boolean firstRound = !rounds.anyIntroducedBefore(community.id(), roundId);
        Activity activity = rounds.activity(roundId);
        List<List<String>> groups = new ArrayList<>();
        List<List<String>> failed = new ArrayList<>();
        List<RoundStore.StoredGroup> stored = rounds.groups(roundId);
        Language language = languages.of(community.id());
        List<CompletableFuture<Introductions.Delivery>> deliveries = new ArrayList<>();
        for (RoundStore.StoredGroup group : stored) {
            groups.add(group.members());
            List<MemberRef> members = group.members().stream().map(community.channel()::member).toList();
            Message introduction = activity == Activity.ECOMAP
                    ? EcoMapText.introduction(members, group.id(), rounds.region(group.id()).orElse(EcoMapGroups.MIXED),
                    language)
                    : ActivityText.introduction(members, group.id(), firstRound, language);
            deliveries.add(work.deliver(() -> Thread.currentThread().isInterrupted() ? null
                    : introductions.deliver(platform, community, roundId, group, introduction)));
        }
        for (int g = 0; g < stored.size(); g++) {
            Introductions.Delivery delivery;
            try {
                delivery = deliveries.get(g).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                delivery = null;
            } catch (ExecutionException e) {
                delivery = Introductions.Delivery.FAILED;
            }
            if (delivery == null) {
                // shutting down: the round stays RUNNING, and its next run introduces the rest
                log.info("Pairing round {} in community {} stopped at shutdown; it resumes on its next run", roundId,
                        community.id());
                return underWay(roundId, leftOut, resumed);
            }
            if (delivery == Introductions.Delivery.FAILED) {
                failed.add(stored.get(g).members());
            }
        }
        RoundOutcome outcome = failed.isEmpty() ? RoundOutcome.DONE
                : failed.size() == groups.size() ? RoundOutcome.FAILED : RoundOutcome.PARTIAL;
        rounds.finishRound(roundId, outcome, failed.size(), clock.instant());
        log.info("Pairing round {} in community {}: {} ({} groups, {} failed{})", roundId, community.id(), outcome,
                groups.size(), failed.size(), resumed ? ", resumed" : "");
        Optional<String> reason = failed.isEmpty() ? Optional.empty()
                : Optional.of(failed.size() + " of " + groups.size() + " groups could not be introduced");
        return new RoundReport(OptionalLong.of(roundId), outcome, groups, failed, leftOut, reason, resumed,
                groups.size() - failed.size());
    }

    /** Members whose pause ended are in again: tell them once, and store them as active so it stays once. */
    private void tellPauseEnded(ChatPlatform platform, Community community, List<String> userIds) {
        for (String userId : userIds) {
            try {
                platform.answerPrivately(community.channel(), community.channel().member(userId),
                        ActivityText.pauseEnded(languages.of(community.id())));
            } catch (PlatformException e) {
                log.warn("Could not tell a member of community {} their pause ended: {}", community.id(), e.getMessage());
            }
            members.setPairing(community, userId, PairingPreference.ACTIVE, null);
        }
    }

    private record Planned(long seed, int considered, Grouping grouping, List<LeftOut> leftOut,
                           List<String> pauseEnded, Optional<String> failure, List<String> regions, List<RoundNote> notes) {
    }
}
