package org.copcheckin.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.Participation;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Facilitators;
import org.copcheckin.community.Language;
import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChatPlatform;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.DirectMessagesClosed;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.scheduling.Sweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends the reminders that have fallen due. For each community with reminders on, its latest check-in is due once
 * the delay has passed (a newer prompt ends the older one's reminders), for {@value #WINDOW_HOURS} hours. Each
 * member of the channel who has not taken part, has not turned reminders off, is not a facilitator and is outside
 * the quiet hours of their own zone gets one private message, claimed in the database before it is sent. A member
 * in quiet hours is looked at again on the next sweep, so the reminder goes when they end. Logs carry ids of
 * check-ins and counts only.
 */
@Service
public class Reminders implements Sweep {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    static final int WINDOW_HOURS = 24;

    private final ReminderSettings settings;
    private final ReminderRecords records;
    private final Communities communities;
    private final CheckIns checkIns;
    private final Participation participation;
    private final Facilitators facilitators;
    private final ChatPlatforms platforms;

    private final CommunityLanguages languages;

    Reminders(ReminderSettings settings, ReminderRecords records, Communities communities, CheckIns checkIns,
              Participation participation, Facilitators facilitators, ChatPlatforms platforms,
              CommunityLanguages languages) {
        this.languages = languages;
        this.settings = settings;
        this.records = records;
        this.communities = communities;
        this.checkIns = checkIns;
        this.participation = participation;
        this.facilitators = facilitators;
        this.platforms = platforms;
    }

    @Override
    public int sweep(Instant now) {
        int sent = 0;
        for (long id : settings.communitiesWithReminders()) {
            Optional<Community> community = communities.find(id);
            if (community.isPresent()) {
                try {
                    sent += sweep(community.get(), now);
                } catch (RuntimeException e) {
                    log.warn("Reminders in community {} could not be sent: {}", id, e.getClass().getSimpleName());
                }
            }
        }
        return sent;
    }

    /** The reminders of one community due at {@code now}; @return how many were sent */
    public int sweep(Community community, Instant now) {
        Optional<ReminderSetting> setting = settings.of(community.id());
        if (setting.isEmpty()) {
            return 0;
        }
        Duration delay = setting.get().delay();
        Optional<CheckIn> latest = checkIns.since(community, now.minus(delay).minus(Duration.ofHours(WINDOW_HOURS)))
                .stream().findFirst();
        if (latest.isEmpty() || latest.get().postedAt().plus(delay).isAfter(now) || records.isDone(latest.get().id())) {
            return 0;
        }
        return remind(community, latest.get(), setting.get().quiet(), now);
    }

    private int remind(Community community, CheckIn checkIn, QuietHours quiet, Instant now) {
        ChatPlatform platform = platforms.of(community.channel());
        Set<String> leaveAlone = new HashSet<>(facilitators.everyone(community));
        List<ChannelMember> members = platform.listHumanMembers(community.channel());
        int sent = 0;
        int refused = 0;
        int failed = 0;
        int waiting = 0;
        String link = null;
        for (ChannelMember member : members) {
            MemberRef ref = member.ref();
            if (member.platformAdmin() || leaveAlone.contains(ref.userId()) || participation.tookPart(checkIn.id(), ref)
                    || !settings.memberWantsReminders(ref)) {
                continue;
            }
            ZoneId zone = zoneOf(platform, ref, community);
            if (quiet.nextAllowed(now, zone).isAfter(now)) {
                waiting++;
                continue;
            }
            if (!records.claim(checkIn.id(), ref, now)) {
                continue;
            }
            if (link == null) {
                link = linkTo(platform, checkIn, languages.of(community.id()));
            }
            try {
                platform.openPrivateConversation(community.channel(), List.of(ref), ReminderMessages.reminder(link,
                        languages.of(community.id())));
                sent++;
            } catch (DirectMessagesClosed e) {
                refused++; // the adapter logged the error code; who it was is nobody's business but theirs
            } catch (RuntimeException e) {
                failed++;
                log.warn("A reminder for check-in {} could not be sent: {}", checkIn.id(), e.getClass().getSimpleName());
            }
        }
        records.count(checkIn.id(), sent, refused, failed, now);
        if (waiting == 0) {
            records.done(checkIn.id(), now);
        }
        if (sent + refused + failed > 0 || waiting == 0) {
            log.info("Sent {} reminders for check-in {} ({} refused by the platform, {} failed); {} wait for their "
                    + "quiet hours to end", sent, checkIn.id(), refused, failed, waiting);
        }
        return sent;
    }

    /** The member's own zone (set with {@code /cop profile zone}), else the platform's, else the community's. */
    ZoneId zoneOf(ChatPlatform platform, MemberRef member, Community community) {
        return settings.memberZone(member).or(() -> {
            try {
                return platform.memberZone(member);
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }).orElse(community.zone());
    }

    private static String linkTo(ChatPlatform platform, CheckIn checkIn, Language language) {
        try {
            return platform.linkTo(checkIn.thread(), checkIn.thread().threadId());
        } catch (RuntimeException e) {
            return language.text("care.alert.no.link");
        }
    }

    /**
     * The community's latest check-in's reminders, for the facilitator's {@code /cop status}: empty when reminders
     * are off or none has been sent for it yet.
     */
    public Optional<ReminderOutcome> latestOutcome(Community community, Instant now) {
        if (settings.of(community.id()).isEmpty()) {
            return Optional.empty();
        }
        return checkIns.since(community, now.minus(Duration.ofDays(ReminderRecords.KEEP_DAYS))).stream().findFirst()
                .flatMap(latest -> records.outcome(latest.id()));
    }

    /** How many reminders went out for the check-in (for status and tests). */
    public int sentFor(long checkInId) {
        return records.sentFor(checkInId);
    }
}
