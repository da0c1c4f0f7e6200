package org.copcheckin.checkins;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import org.copcheckin.checkins.ReplyListener.ReplyWrite;
import org.copcheckin.metrics.CopMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for replies. Callers hand in a reply's receipt and its prepared writes and wait; whichever caller
 * finds no commit under way takes the lead: it takes whatever has queued up (at most {@value #MAX_BATCH}) and
 * records it in a single transaction, on its own thread, until its own reply is committed, then releases every
 * caller in the group at once and hands the lead to the next caller waiting. Each caller still returns only after
 * its reply is committed, but a burst, or a commit that stalls on a busy disk, costs one commit instead of one per
 * reply queued behind it; and no thread of our own does the writing, so on a machine shared with busy neighbours the
 * commits are not starved on one thread while the request threads get their share (the writer thread this replaced
 * was the benchmark's bottleneck under load). If a group's transaction fails, each of its replies is recorded again
 * in a transaction of its own, so one bad reply cannot lose the others; a duplicate key or a lock conflict with
 * another replica is tried again. Callers must not hold a transaction: their reply would wait on their own locks,
 * and its acknowledgement would not depend on its commit. A failure reaches the caller as an exception naming only
 * its kind: database messages can quote key values, which for trend rows are terms taken from a reply, and they
 * must not reach the logs.
 */
@Component
class ReplyCommits implements DisposableBean {

    static final int MAX_BATCH = 64;
    static final int MAX_ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(ReplyCommits.class);
    private static final String INSERT_RECEIPT = "INSERT INTO reply_receipt (checkin_id, delivery_key, received_on) "
            + "SELECT ?, ?, CAST(? AS DATE) WHERE NOT EXISTS "
            + "(SELECT 1 FROM reply_receipt WHERE checkin_id = ? AND delivery_key = ?)";
    private static final String MOVE_RECEIPT = "UPDATE reply_receipt SET received_on = CAST(? AS DATE) "
            + "WHERE checkin_id = ? AND delivery_key = ?";
    private static final Duration COMMIT_WAIT = Duration.ofSeconds(30);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    /** A waiting caller looks again this often even if nobody wakes it (it is woken when its turn comes). */
    private static final long LOOK_AGAIN_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    /** One reply waiting to be recorded, and the caller waiting for it. */
    private record Pending(long checkInId, String deliveryKey, LocalDate receivedOn, List<ReplyWrite> writes,
                           Runnable withdrawEarlier, CompletableFuture<ReplyOutcome> outcome, Thread caller) {

        /** A one-click answer, which replaces the member's earlier one under the same key rather than repeat it. */
        boolean replacing() {
            return withdrawEarlier != null;
        }
    }

    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final CopMetrics metrics;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock committing = new ReentrantLock();
    private final Object accepting = new Object();
    private boolean stopped;

    ReplyCommits(JdbcTemplate template, TransactionTemplate transaction, CopMetrics metrics) {
        this.template = template;
        this.transaction = transaction;
        this.metrics = metrics;
    }

    /**
     * Records the reply's receipt and, when it is new, its writes; returns once that is committed.
     *
     * @throws IllegalStateException when the application is stopping or the commit takes longer than 30 s (the
     *                               platform is then not acknowledged and delivers the reply again)
     */
    ReplyOutcome record(long checkInId, String deliveryKey, LocalDate receivedOn, List<ReplyWrite> writes) {
        return handIn(checkInId, deliveryKey, receivedOn, writes, null);
    }

    /**
     * Records a member's one-click answer (a feeling button), whose key is the member's own for the check-in, in
     * place of any answer already recorded under it; returns once that is committed. The last answer committed
     * stands: when one is already committed, its receipt is kept (moved to this day, and locked, so that another
     * replica replacing it at the same moment waits for this commit), {@code withdrawEarlier} removes what the
     * listeners wrote for it, in the same transaction, and this one's writes follow ({@link ReplyOutcome#REPLACED}).
     * Of the same member's answers committed in one group, the one handed in last stands and the others are
     * {@link ReplyOutcome#OVERTAKEN}, their writes never run. Another replica inserting the first receipt at the same
     * moment makes this one fail on the unique key: it is tried again on its own, and then replaces that one.
     *
     * @param withdrawEarlier runs inside the transaction, before any row of the group is written
     */
    ReplyOutcome replace(long checkInId, String deliveryKey, LocalDate receivedOn, List<ReplyWrite> writes,
                         Runnable withdrawEarlier) {
        return handIn(checkInId, deliveryKey, receivedOn, writes, java.util.Objects.requireNonNull(withdrawEarlier));
    }

    private ReplyOutcome handIn(long checkInId, String deliveryKey, LocalDate receivedOn, List<ReplyWrite> writes,
                                Runnable withdrawEarlier) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A reply is recorded outside any transaction: its acknowledgement must "
                    + "wait for its own commit");
        }
        Pending pending = new Pending(checkInId, deliveryKey, receivedOn, List.copyOf(writes), withdrawEarlier,
                new CompletableFuture<>(), Thread.currentThread());
        synchronized (accepting) {
            if (stopped) {
                throw new IllegalStateException("Replies are not taken in while the application stops");
            }
            queue.add(pending);
        }
        long deadline = System.nanoTime() + COMMIT_WAIT.toNanos();
        while (!pending.outcome().isDone()) {
            if (Thread.currentThread().isInterrupted()) {
                // an interrupted thread must not write: H2 closes its file when an interrupted thread touches it
                throw new IllegalStateException("Interrupted while the reply was being recorded");
            }
            if (committing.tryLock()) {
                try {
                    lead(pending);
                } finally {
                    committing.unlock();
                }
                handOver();
            } else {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("The reply was not committed within " + COMMIT_WAIT.toSeconds()
                            + " s");
                }
                LockSupport.parkNanos(this, Math.min(left, LOOK_AGAIN_NANOS));
            }
        }
        try {
            return pending.outcome().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The reply could not be recorded", e.getCause());
        }
    }

    /** Replies handed in and not yet taken into a group. */
    int queued() {
        return queue.size();
    }

    /** Commits groups from the queue until this caller's reply is among the committed (or nothing is left). */
    private void lead(Pending own) {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (!own.outcome().isDone()) {
            for (Pending next; batch.size() < MAX_BATCH && (next = queue.poll()) != null; ) {
                batch.add(next);
            }
            if (batch.isEmpty()) {
                return;
            }
            // the group is others' replies too: an interrupt this caller got must not reach H2 while it writes
            // them (H2 closes its file when an interrupted thread touches it), so it is kept for after the commit
            boolean interrupted = Thread.interrupted();
            try {
                commitGroup(batch);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            batch.clear();
        }
    }

    private void commitGroup(List<Pending> batch) {
        try {
            commit(batch);
        } catch (RuntimeException | Error e) {
            log.error("Recording a group of replies failed unexpectedly: {}", e.getClass().getSimpleName());
            batch.forEach(pending -> fail(pending, e));
        }
        // every caller of the group is released at once, not one after another
        batch.stream().filter(pending -> pending.caller() != Thread.currentThread())
                .forEach(pending -> LockSupport.unpark(pending.caller()));
    }

    /** Wakes the first caller still waiting, to take the lead for the replies that queued up meanwhile. */
    private void handOver() {
        Pending next = queue.peek();
        if (next != null) {
            LockSupport.unpark(next.caller());
        }
    }

    private void commit(List<Pending> batch) {
        List<ReplyOutcome> outcomes;
        try {
            outcomes = transaction.execute(status -> writeAll(batch));
        } catch (RuntimeException groupFailed) {
            if (batch.size() == 1 && !worthRetrying(groupFailed)) {
                fail(batch.get(0), groupFailed);
                return;
            }
            if (batch.size() > 1) {
                log.info("A group of {} replies was rolled back ({}); recording each on its own", batch.size(),
                        groupFailed.getClass().getSimpleName());
            }
            batch.forEach(this::commitAlone);
            return;
        }
        metrics.replyCommitGroup(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).outcome().complete(outcomes.get(i));
        }
    }

    /**
     * One reply in a transaction of its own. A duplicate key means another replica committed, at the same moment,
     * a row this reply writes too: the same delivery, or the same member's other reply to the check-in. A fresh
     * transaction sees that row, and the receipt check tells the two apart, so the reply is tried again rather
     * than taken for a repeat. A lock conflict (a deadlock or lock timeout with another replica) is tried again too.
     */
    private void commitAlone(Pending pending) {
        for (int attempt = 1; ; attempt++) {
            try {
                pending.outcome().complete(transaction.execute(status -> write(pending)));
                metrics.replyCommitGroup(1);
                return;
            } catch (RuntimeException e) {
                if (!worthRetrying(e) || attempt == MAX_ATTEMPTS) {
                    fail(pending, e);
                    return;
                }
            }
        }
    }

    private static boolean worthRetrying(RuntimeException e) {
        return e instanceof DuplicateKeyException || e instanceof TransientDataAccessException;
    }

    /** Tells the caller, without the database's message (it can quote key values: terms taken from replies). */
    private static void fail(Pending pending, Throwable cause) {
        pending.outcome().completeExceptionally(new IllegalStateException(
                "The reply to check-in " + pending.checkInId() + " could not be recorded: " + cause.getClass().getSimpleName()));
    }

    private void failWaiting(String why) {
        for (Pending pending; (pending = queue.poll()) != null; ) {
            pending.outcome().completeExceptionally(new IllegalStateException(
                    "The reply to check-in " + pending.checkInId() + " was not recorded: " + why));
            LockSupport.unpark(pending.caller());
        }
    }

    /**
     * A group's writes in one transaction: each new delivery's receipt, through one prepared statement whose count
     * says whether it was new, then the listeners' rows of the new ones, one batch per statement ({@link ReplyRows}).
     * A delivery already earlier in the group (Slack's retry queued right behind the delivery it repeats) is a repeat
     * without touching the database: before the upgrade to H2 2.5, H2 answered the second receipt's insert in one
     * transaction with a duplicate key rather than finding the first one in its {@code NOT EXISTS}, which rolled the
     * whole group back and recorded every reply in it on its own (under load, almost every group held a retry).
     * Another replica taking in the same delivery at the same moment makes the insert fail on the unique key, and the
     * group is recorded again reply by reply, when the {@code NOT EXISTS} sees it. A one-click answer
     * ({@link #replace}) is the other way round: the last of a member's answers in the group stands, and its receipt
     * is moved to this day if one is committed already, whose listeners' rows are withdrawn before the group's rows
     * are written.
     */
    private List<ReplyOutcome> writeAll(List<Pending> batch) {
        // a delivery counts once, its first copy in the group; a one-click answer, its last
        Map<Delivery, Pending> standing = new HashMap<>();
        for (Pending pending : batch) {
            Delivery delivery = new Delivery(pending.checkInId(), pending.deliveryKey());
            if (pending.replacing()) {
                standing.put(delivery, pending);
            } else {
                standing.putIfAbsent(delivery, pending);
            }
        }
        List<Pending> candidates = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            if (standing.get(new Delivery(pending.checkInId(), pending.deliveryKey())) == pending) {
                candidates.add(pending);
            }
        }
        // one prepared statement for the group's receipts, each row's own count (a batch's may be "no info"), in key
        // order: two replicas locking the same receipts (a one-click answer moves a committed one) lock them in the
        // same order, rather than deadlocking until PostgreSQL's deadlock_timeout
        List<Pending> inKeyOrder = new ArrayList<>(candidates);
        inKeyOrder.sort(Comparator.comparingLong(Pending::checkInId).thenComparing(Pending::deliveryKey));
        Set<Pending> recorded = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Pending> replaced = Collections.newSetFromMap(new IdentityHashMap<>());
        template.execute((ConnectionCallback<Void>) connection -> {
            // the move is prepared only for a group that holds a one-click answer: a thread reply's group needs one
            // statement, and preparing costs H2 a parse of its own
            boolean anyReplacing = inKeyOrder.stream().anyMatch(Pending::replacing);
            try (PreparedStatement insert = connection.prepareStatement(INSERT_RECEIPT);
                 PreparedStatement move = anyReplacing ? connection.prepareStatement(MOVE_RECEIPT) : null) {
                for (Pending pending : inKeyOrder) {
                    // the day, not the instant: an instant could be matched to the message's time on the platform
                    java.sql.Date day = java.sql.Date.valueOf(pending.receivedOn());
                    if (pending.replacing()) {
                        move.setDate(1, day);
                        move.setLong(2, pending.checkInId());
                        move.setString(3, pending.deliveryKey());
                        if (move.executeUpdate() > 0) {
                            replaced.add(pending);
                            continue;
                        }
                    }
                    insert.setLong(1, pending.checkInId());
                    insert.setString(2, pending.deliveryKey());
                    insert.setDate(3, day);
                    insert.setLong(4, pending.checkInId());
                    insert.setString(5, pending.deliveryKey());
                    if (insert.executeUpdate() > 0) {
                        recorded.add(pending);
                    } else if (pending.replacing()) {
                        // committed by another replica since the update looked: replaced on a second try, alone
                        throw new ConcurrencyFailureException("A one-click answer was recorded at the same moment");
                    }
                }
            }
            return null;
        });
        candidates.stream().filter(replaced::contains).forEach(pending -> pending.withdrawEarlier().run());
        ReplyRows rows = new ReplyRows();
        candidates.stream().filter(pending -> recorded.contains(pending) || replaced.contains(pending))
                .forEach(pending -> pending.writes().forEach(write -> write.write(rows)));
        rows.write(template);
        List<ReplyOutcome> outcomes = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            outcomes.add(recorded.contains(pending) ? ReplyOutcome.RECORDED
                    : replaced.contains(pending) ? ReplyOutcome.REPLACED
                    : pending.replacing() ? ReplyOutcome.OVERTAKEN : ReplyOutcome.DUPLICATE);
        }
        return outcomes;
    }

    private record Delivery(long checkInId, String deliveryKey) {
    }

    private ReplyOutcome write(Pending pending) {
        return writeAll(List.of(pending)).get(0);
    }

    /** Finishes every reply already handed in, then refuses later ones. */
    @Override
    public void destroy() throws InterruptedException {
        synchronized (accepting) {
            stopped = true;
        }
        if (!committing.tryLock(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("Replies were still being recorded after {} s; stopping anyway", STOP_WAIT.toSeconds());
            failWaiting("the application stopped");
            return;
        }
        try {
            List<Pending> batch = new ArrayList<>(MAX_BATCH);
            do {
                batch.clear();
                for (Pending next; batch.size() < MAX_BATCH && (next = queue.poll()) != null; ) {
                    batch.add(next);
                }
                if (!batch.isEmpty()) {
                    commitGroup(batch);
                }
            } while (!batch.isEmpty());
        } finally {
            committing.unlock();
        }
    }
}
