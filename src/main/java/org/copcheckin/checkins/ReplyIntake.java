package org.copcheckin.checkins;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.privacy.Pseudonyms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Takes in thread replies: each delivery is recognised by a keyed hash of the platform's message id, analysed by
 * the {@link ReplyListener}s in memory, counted once, and committed (with other replies arriving at the same
 * moment, see {@link ReplyCommits}) before this returns, so the adapter acknowledges only what is safe. The reply
 * text is never written anywhere.
 */
@Service
public class ReplyIntake {

    private static final Logger log = LoggerFactory.getLogger(ReplyIntake.class);

    private final Communities communities;
    private final CheckIns checkIns;
    private final Pseudonyms pseudonyms;
    private final List<ReplyListener> listeners;
    private final ReplyCommits commits;
    private final Clock clock;
    private final CopMetrics metrics;

    ReplyIntake(Communities communities, CheckIns checkIns, Pseudonyms pseudonyms,
                List<ReplyListener> listeners, ReplyCommits commits, Clock clock, CopMetrics metrics) {
        this.communities = communities;
        this.checkIns = checkIns;
        this.pseudonyms = pseudonyms;
        this.listeners = listeners;
        this.commits = commits;
        this.clock = clock;
        this.metrics = metrics;
    }

    public ReplyOutcome receive(ThreadReplyReceived reply) {
        try {
            ReplyOutcome outcome = intake(reply);
            metrics.replyIngested(outcome.name());
            return outcome;
        } catch (RuntimeException e) {
            metrics.replyIngested("failed");
            throw e;
        }
    }

    private ReplyOutcome intake(ThreadReplyReceived reply) {
        Optional<Community> community = communities.find(reply.thread().channel());
        Optional<CheckIn> checkIn = community.flatMap(c -> checkIns.findByThread(c, reply.thread().threadId()));
        if (checkIn.isEmpty()) {
            return ReplyOutcome.NOT_A_CHECK_IN;
        }
        String deliveryKey = pseudonyms.of("reply-delivery", reply.thread().channel().platform().name(),
                reply.thread().channel().workspaceId(), reply.messageId());
        // the text is anonymised and analysed here, in memory; only the results go on to be written
        List<ReplyListener.ReplyWrite> writes = listeners.stream()
                .map(listener -> listener.prepare(community.get(), checkIn.get(), reply)).toList();
        ReplyOutcome outcome = commits.record(checkIn.get().id(), deliveryKey, clock.instant(), writes);
        if (outcome == ReplyOutcome.RECORDED) {
            log.info("Recorded a reply to check-in {}", checkIn.get().id());
        } else {
            log.info("Ignored a repeated delivery of a reply to check-in {}", checkIn.get().id());
        }
        return outcome;
    }
}
