package org.copcheckin.checkins;

import java.sql.Timestamp;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in thread replies: each delivery is recognised by a keyed hash of the platform's message id, counted
 * once, handed to the {@link ReplyListener}s, and committed before this returns, so the adapter acknowledges
 * only what is safe. The reply text is never written anywhere.
 */
@Service
public class ReplyIntake {

    private static final Logger log = LoggerFactory.getLogger(ReplyIntake.class);

    private final JdbcClient jdbc;
    private final Communities communities;
    private final CheckIns checkIns;
    private final Pseudonyms pseudonyms;
    private final List<ReplyListener> listeners;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final CopMetrics metrics;

    ReplyIntake(JdbcClient jdbc, Communities communities, CheckIns checkIns, Pseudonyms pseudonyms,
                List<ReplyListener> listeners, TransactionTemplate transaction, Clock clock, CopMetrics metrics) {
        this.jdbc = jdbc;
        this.communities = communities;
        this.checkIns = checkIns;
        this.pseudonyms = pseudonyms;
        this.listeners = listeners;
        this.transaction = transaction;
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
        try {
            ReplyOutcome outcome = transaction.execute(status -> record(community.get(), checkIn.get(), deliveryKey, reply));
            if (outcome == ReplyOutcome.RECORDED) {
                log.info("Recorded a reply to check-in {}", checkIn.get().id());
            } else {
                log.info("Ignored a repeated delivery of a reply to check-in {}", checkIn.get().id());
            }
            return outcome;
        } catch (DuplicateKeyException concurrentDuplicate) {
            log.info("Ignored a concurrent repeated delivery of a reply to check-in {}", checkIn.get().id());
            return ReplyOutcome.DUPLICATE;
        }
    }

    private ReplyOutcome record(Community community, CheckIn checkIn, String deliveryKey, ThreadReplyReceived reply) {
        int inserted = jdbc.sql("INSERT INTO reply_receipt (checkin_id, delivery_key, received_at) "
                        + "SELECT ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM reply_receipt WHERE checkin_id = ? AND delivery_key = ?)")
                .params(checkIn.id(), deliveryKey, Timestamp.from(clock.instant()), checkIn.id(), deliveryKey)
                .update();
        if (inserted == 0) {
            return ReplyOutcome.DUPLICATE;
        }
        for (ReplyListener listener : listeners) {
            listener.onReply(community, checkIn, reply);
        }
        return ReplyOutcome.RECORDED;
    }
}
