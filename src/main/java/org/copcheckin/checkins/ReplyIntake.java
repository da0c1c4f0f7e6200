package org.copcheckin.checkins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MetReplied;
import org.copcheckin.platform.ReplyDeleted;
import org.copcheckin.platform.ThreadRef;
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.privacy.Pseudonyms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in thread replies: each delivery is recognised by a keyed hash of the platform's message id, analysed by
 * the {@link ReplyListener}s in memory, counted once, and committed (with other replies arriving at the same
 * moment, see {@link ReplyCommits}) before this returns, so the adapter acknowledges only what is safe. The reply
 * text is never written anywhere.
 */
@Service
public class ReplyIntake {

    private static final Logger log = LoggerFactory.getLogger(ReplyIntake.class);
    private static final Duration KEEP_CHECK_IN_THREAD = Duration.ofMinutes(1);
    private static final int MAX_CHECK_IN_THREADS = 10_000;
    /** Slack allows 40,000 characters a message; the analysis looks at this many. */
    static final int MAX_ANALYSED_CHARS = 4_000;
    /**
     * As long as a commit may take ({@link ReplyCommits}): a reply that waited its turn that long is not acknowledged,
     * and the platform delivers it again. A shorter wait failed replies under a load average of 40 that would still
     * have been counted.
     */
    private static final Duration ANALYSIS_WAIT = Duration.ofSeconds(30);

    private final Communities communities;
    private final CheckIns checkIns;
    private final Pseudonyms pseudonyms;
    private final List<ReplyListener> listeners;
    private final ReplyCommits commits;
    private final Clock clock;
    private final CopMetrics metrics;
    private final Map<ThreadRef, CheckInThread> checkInThreads = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Semaphore analysisTurns = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);

    ReplyIntake(Communities communities, CheckIns checkIns, Pseudonyms pseudonyms,
                List<ReplyListener> listeners, ReplyCommits commits, Clock clock, CopMetrics metrics,
                JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.communities = communities;
        this.checkIns = checkIns;
        this.pseudonyms = pseudonyms;
        this.listeners = listeners;
        this.commits = commits;
        this.clock = clock;
        this.metrics = metrics;
    }

    public ReplyOutcome receive(ThreadReplyReceived reply) {
        return receive(reply, false);
    }

    /**
     * A reply the platform says it delivers for the first time (Slack: no {@code X-Slack-Retry-Num}). It is not looked
     * up before its analysis, since it is almost always new: the unique receipt recognises it at its commit when it
     * is not (the same message delivered under two organisations' installations, or another replica's copy), and
     * nothing of it is written then. A delivery that may be a repeat ({@link #receive(ThreadReplyReceived)}) is
     * looked up first, so a retry costs no analysis.
     */
    public ReplyOutcome receiveFirstDelivery(ThreadReplyReceived reply) {
        return receive(reply, true);
    }

    private ReplyOutcome receive(ThreadReplyReceived reply, boolean firstDelivery) {
        try {
            ReplyOutcome outcome = intake(reply, firstDelivery, true);
            metrics.replyIngested(outcome.name());
            return outcome;
        } catch (RuntimeException e) {
            metrics.replyIngested("failed");
            throw e;
        }
    }

    /**
     * A made-up reply of the start-up warm-up ({@link IntakeWarmUp}): taken in exactly as {@link #receive} takes one,
     * committed included, but neither logged nor counted in the metrics, since nobody replied.
     */
    ReplyOutcome warm(ThreadReplyReceived reply, boolean firstDelivery) {
        return intake(reply, firstDelivery, false);
    }

    /** The warm-up's check-in is gone: its thread is looked up again like any other. */
    void forgetThread(ThreadRef thread) {
        checkInThreads.remove(thread);
    }

    private ReplyOutcome intake(ThreadReplyReceived reply, boolean firstDelivery, boolean logged) {
        Optional<CheckInThread> found = checkInThread(reply.thread());
        if (found.isEmpty()) {
            if (MetReplied.says(reply.text())) {
                // "reply 'met'" in a pair's conversation: pairing takes it as the button's answer
                events.publishEvent(new MetReplied(reply.thread(), reply.author()));
            }
            return ReplyOutcome.NOT_A_CHECK_IN;
        }
        Community community = found.get().community();
        CheckIn checkIn = found.get().checkIn();
        String deliveryKey = deliveryKey(reply.thread().channel(), reply.messageId());
        if (!firstDelivery && alreadyReceived(checkIn, deliveryKey)) {
            if (logged) {
                log.info("Ignored a repeated delivery of a reply to check-in {}", checkIn.id());
            }
            return ReplyOutcome.DUPLICATE;
        }
        ReplyOutcome outcome = analyseAndCommit(community, checkIn, reply, deliveryKey).outcome();
        if (!logged) {
            return outcome;
        }
        if (outcome == ReplyOutcome.RECORDED) {
            log.info("Recorded a reply to check-in {}", checkIn.id());
        } else {
            log.info("Ignored a repeated delivery of a reply to check-in {}", checkIn.id());
        }
        return outcome;
    }

    /** What a reply came to, and what it was recorded as (nothing for a repeat). */
    record Taken(ReplyOutcome outcome, ReplySummary summary) {
    }

    /**
     * A private reply to the check-in, through the same listeners and commit as a thread reply: under its own key
     * (one private reply per member per check-in, so a replayed submission counts once), never posted.
     */
    Taken receivePrivately(Community community, CheckIn checkIn, ThreadReplyReceived reply, String deliveryKey) {
        try {
            Taken taken = alreadyReceived(checkIn, deliveryKey) ? new Taken(ReplyOutcome.DUPLICATE, ReplySummary.NONE)
                    : analyseAndCommit(community, checkIn, reply, deliveryKey);
            metrics.replyIngested(taken.outcome().name());
            log.info(taken.outcome() == ReplyOutcome.RECORDED ? "Recorded a private reply to check-in {}"
                    : "Ignored a repeated private reply to check-in {}", checkIn.id());
            return taken;
        } catch (RuntimeException e) {
            metrics.replyIngested("failed");
            throw e;
        }
    }

    private Taken analyseAndCommit(Community community, CheckIn checkIn, ThreadReplyReceived reply,
                                   String deliveryKey) {
        List<ReplyListener.ReplyWrite> writes = prepare(community, checkIn, reply, deliveryKey);
        ReplyOutcome outcome = commits.record(checkIn.id(), deliveryKey,
                LocalDate.ofInstant(clock.instant(), community.zone()), writes);
        return new Taken(outcome, outcome != ReplyOutcome.RECORDED ? ReplySummary.NONE : writes.stream()
                .map(ReplyListener.ReplyWrite::summary).reduce(ReplySummary.NONE, ReplySummary::and));
    }

    /** The listeners' writes for a reply: its text is anonymised and analysed here, in memory; only the results go on. */
    private List<ReplyListener.ReplyWrite> prepare(Community community, CheckIn checkIn, ThreadReplyReceived reply,
                                                   String deliveryKey) {
        ThreadReplyReceived analysed = bounded(reply);
        return analysing(() -> listeners.stream()
                .map(listener -> listener.prepare(community, checkIn, analysed, deliveryKey)).toList());
    }

    /**
     * The analysis is work for the processor alone: a burst of replies takes turns at it, as many at a time as there
     * are processors, first come first served, rather than all sharing the processors at once and all finishing
     * late (and crowding out the caller that is committing the group ahead of them).
     */
    private <T> T analysing(java.util.function.Supplier<T> analysis) {
        try {
            if (!analysisTurns.tryAcquire(ANALYSIS_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The reply waited over " + ANALYSIS_WAIT.toSeconds()
                        + " s for its analysis");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the reply waited for its analysis", e);
        }
        try {
            return analysis.get();
        } finally {
            analysisTurns.release();
        }
    }

    /** A retry is recognised before any analysis; the unique receipt still decides when two race, or for a first delivery. */
    private boolean alreadyReceived(CheckIn checkIn, String deliveryKey) {
        return jdbc.sql("SELECT COUNT(*) FROM reply_receipt WHERE checkin_id = ? AND delivery_key = ?")
                .params(checkIn.id(), deliveryKey).query(Integer.class).single() > 0;
    }

    /**
     * The reply as the listeners see it: its first {@value #MAX_ANALYSED_CHARS} characters, cut before a word
     * that would be split (unless one word runs on for a hundred characters). A longer reply counts like any other; only its analysis stops there, so its cost is bounded.
     */
    static ThreadReplyReceived bounded(ThreadReplyReceived reply) {
        String text = reply.text();
        if (text == null || text.length() <= MAX_ANALYSED_CHARS) {
            return reply;
        }
        int end = MAX_ANALYSED_CHARS;
        int space = end;
        while (space > MAX_ANALYSED_CHARS - 100 && !Character.isWhitespace(text.charAt(space))) {
            space--;
        }
        if (Character.isWhitespace(text.charAt(space))) {
            end = space;
        }
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return new ThreadReplyReceived(reply.thread(), reply.author(), reply.messageId(), text.substring(0, end),
                reply.sentAt(), reply.knownNames(), reply.privately());
    }

    /**
     * A member deleted a message: when it was a counted reply, its receipt and everything the listeners wrote for it
     * are removed, in one transaction.
     *
     * @return whether a counted reply was removed
     */
    public boolean retract(ReplyDeleted deleted) {
        Optional<Community> community = communities.find(deleted.channel());
        if (community.isEmpty()) {
            return false;
        }
        Boolean removed = transaction.execute(status -> {
            for (String deliveryKey : List.of(deliveryKey(deleted.channel(), deleted.messageId()),
                    legacyDeliveryKey(deleted.channel(), deleted.messageId()))) {
                int receipts = jdbc.sql("DELETE FROM reply_receipt WHERE delivery_key = ? AND checkin_id IN "
                        + "(SELECT id FROM checkin WHERE community_id = ?)").params(deliveryKey, community.get().id())
                        .update();
                if (receipts > 0) {
                    listeners.forEach(listener -> listener.retract(community.get(), deliveryKey));
                    return true;
                }
            }
            return false;
        });
        if (Boolean.TRUE.equals(removed)) {
            metrics.replyIngested("retracted");
            log.info("A reply in community {} was deleted: its trend rows are removed", community.get().id());
        }
        return Boolean.TRUE.equals(removed);
    }

    /**
     * A member's one-click answer (a feeling button), under the member's own message id for the check-in
     * ({@link #ownAnswerId}): analysed like a typed reply and committed in place of the member's earlier answer to
     * the check-in, in the same transaction ({@link ReplyCommits#replace}), so a member has one answer per check-in,
     * the last one committed. It is never taken for a repeat: the same answer again replaces itself and still counts
     * once, and a press that arrives while the earlier one is being committed is not lost.
     *
     * @return {@link ReplyOutcome#RECORDED} for the member's first answer, {@link ReplyOutcome#REPLACED} in place of
     *         an earlier one, {@link ReplyOutcome#OVERTAKEN} when a later answer of theirs was committed with it and
     *         stands instead, or {@link ReplyOutcome#NOT_A_CHECK_IN}
     */
    public ReplyOutcome answer(ThreadReplyReceived answer) {
        try {
            Optional<CheckInThread> found = checkInThread(answer.thread());
            if (found.isEmpty()) {
                metrics.replyIngested(ReplyOutcome.NOT_A_CHECK_IN.name());
                return ReplyOutcome.NOT_A_CHECK_IN;
            }
            Community community = found.get().community();
            CheckIn checkIn = found.get().checkIn();
            String deliveryKey = deliveryKey(answer.thread().channel(), answer.messageId());
            List<ReplyListener.ReplyWrite> writes = prepare(community, checkIn, answer, deliveryKey);
            ReplyOutcome outcome = commits.replace(checkIn.id(), deliveryKey,
                    LocalDate.ofInstant(clock.instant(), community.zone()), writes,
                    () -> listeners.forEach(listener -> listener.withdraw(community, deliveryKey)));
            metrics.replyIngested(outcome.name());
            log.info("One-click answer to check-in {}: {}", checkIn.id(), outcome);
            return outcome;
        } catch (RuntimeException e) {
            metrics.replyIngested("failed");
            throw e;
        }
    }

    /**
     * The key of a reply delivery: an HMAC of the channel and the platform's message id (Slack's {@code ts} is unique
     * only within a channel), the same on every retry of it. The workspace is left out: in a channel shared between
     * organisations, each one's installation may deliver the same reply, and it counts once. It is the receipt's key
     * and the key of the reply's trend rows, so a deleted message can be found again.
     */
    String deliveryKey(ChannelRef channel, String messageId) {
        return pseudonyms.of("reply-delivery-in-channel", channel.platform().name(), channel.channelId(), messageId);
    }

    /**
     * The message id a member's one-click answer to a check-in (a feeling button) is taken in under: the member's own
     * for that check-in, so each member has one answer and {@code forget-me} can find its receipt again.
     */
    public static String ownAnswerId(long checkInId, org.copcheckin.platform.MemberRef member) {
        return "feeling:" + checkInId + ":" + member.userId();
    }

    /** The key replies were recorded under before it named the channel, so that deleting one still retracts it. */
    private String legacyDeliveryKey(ChannelRef channel, String messageId) {
        return pseudonyms.of("reply-delivery", channel.platform().name(), channel.workspaceId(), messageId);
    }

    /**
     * The check-in a thread belongs to, with its community, kept for a minute: a busy thread's replies then touch
     * the database only to be recorded. A thread's check-in never changes; the community's settings (its zone, for
     * the day a reply counts on) are at most a minute old. A thread that is not a check-in is not remembered: its
     * check-in may be recorded a moment after the prompt appears.
     */
    private Optional<CheckInThread> checkInThread(ThreadRef thread) {
        Instant now = clock.instant();
        CheckInThread known = checkInThreads.get(thread);
        if (known != null && known.freshAt(now)) {
            return Optional.of(known);
        }
        Optional<CheckInThread> found = communities.find(thread.channel()).flatMap(community -> checkIns
                .findByThread(community, thread.threadId())
                .map(checkIn -> new CheckInThread(community, checkIn, now)));
        if (found.isEmpty()) {
            checkInThreads.remove(thread);
            return found;
        }
        if (checkInThreads.size() >= MAX_CHECK_IN_THREADS) {
            checkInThreads.values().removeIf(entry -> !entry.freshAt(now));
            if (checkInThreads.size() >= MAX_CHECK_IN_THREADS) {
                checkInThreads.clear(); // more live threads than that: they are looked up again, nothing is lost
            }
        }
        checkInThreads.put(thread, found.get());
        return found;
    }

    private record CheckInThread(Community community, CheckIn checkIn, Instant lookedUp) {

        /** Looked up less than a minute ago; a clock set back makes it stale, not fresh for longer. */
        boolean freshAt(Instant now) {
            return !now.isBefore(lookedUp) && now.isBefore(lookedUp.plus(KEEP_CHECK_IN_THREAD));
        }
    }
}
