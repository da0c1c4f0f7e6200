package org.copcheckin.checkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.copcheckin.checkins.ReplyListener.ReplyWrite;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.support.Fixtures;
import org.copcheckin.support.StoreTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of replies, on the real database: replies that queue up while a commit is under way are recorded
 * together, each caller learns its own outcome only once it is committed, a failing reply takes none of the
 * others with it, and stopping finishes what was handed in. The first reply's write waits on a latch, which holds
 * its caller (leading the first group) inside the transaction, so that the others queue up behind it
 * deterministically. A store test: the check-in the replies go to is a row of its own, and no test runs inside a
 * transaction of the slice's, as the callers commit on threads of their own.
 */
@StoreTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ReplyCommitsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate template;
    @Autowired
    TransactionTemplate transaction;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final CountDownLatch firstEntered = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);
    private ReplyCommits commits;
    private long checkInId;

    @BeforeEach
    void setUp() {
        commits = new ReplyCommits(template, transaction, new CopMetrics(registry));
        checkInId = checkIn("C-" + System.nanoTime());
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        releaseFirst.countDown();
        commits.destroy();
        callers.shutdownNow();
    }

    @Test
    void repliesQueuedDuringACommitAreRecordedTogetherAndEachCallerGetsItsOwnOutcome() throws Exception {
        CompletableFuture<ReplyOutcome> first = submit("first", heldWrite());
        firstEntered.await(10, TimeUnit.SECONDS);
        List<CompletableFuture<ReplyOutcome>> queued = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            queued.add(submit("reply-" + i, rows -> { }));
        }
        // the callers run on threads of their own: the repeats join the queue only after the replies they repeat
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.queued() == 8);
        CompletableFuture<ReplyOutcome> repeat = submit("reply-3", rows -> { });
        CompletableFuture<ReplyOutcome> repeatOfFirst = submit("first", rows -> { });
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.queued() == 10);
        assertThat(first).isNotDone();
        assertThat(receipts()).isZero(); // nothing is visible before its commit

        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        for (CompletableFuture<ReplyOutcome> reply : queued) {
            assertThat(reply.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        }
        assertThat(repeat.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.DUPLICATE);
        assertThat(repeatOfFirst.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.DUPLICATE);
        assertThat(receipts()).isEqualTo(9);
        DistributionSummary groups = registry.get(CopMetrics.REPLY_COMMIT_GROUP).summary();
        assertThat(groups.count()).isEqualTo(2);
        assertThat(groups.max()).isEqualTo(10);
    }

    @Test
    void aRetryQueuedRightBehindItsOriginalIsADuplicateAndTheGroupStillCommitsOnce() throws Exception {
        CompletableFuture<ReplyOutcome> first = submit("first", heldWrite());
        firstEntered.await(10, TimeUnit.SECONDS);
        List<CompletableFuture<ReplyOutcome>> originals = new ArrayList<>();
        List<CompletableFuture<ReplyOutcome>> retries = new ArrayList<>();
        // as Slack's retries arrive under load: each one directly behind the delivery it repeats
        for (int i = 0; i < 4; i++) {
            originals.add(submit("reply-" + i, rows -> { }));
            int queued = 2 * i + 1;
            await().atMost(Duration.ofSeconds(10)).until(() -> commits.queued() == queued);
            retries.add(submit("reply-" + i, rows -> {
                throw new AssertionError("a repeated delivery's writes must not run");
            }));
            await().atMost(Duration.ofSeconds(10)).until(() -> commits.queued() == queued + 1);
        }

        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        for (int i = 0; i < 4; i++) {
            assertThat(originals.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
            assertThat(retries.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.DUPLICATE);
        }
        assertThat(receipts()).isEqualTo(5);
        // one commit for the first reply, one for the eight queued behind it: none recorded again on its own
        DistributionSummary groups = registry.get(CopMetrics.REPLY_COMMIT_GROUP).summary();
        assertThat(groups.count()).isEqualTo(2);
        assertThat(groups.max()).isEqualTo(8);
    }

    @Test
    void aReplyWhoseWriteFailsIsReportedToItsCallerAndTheOthersAreStillRecorded() throws Exception {
        CompletableFuture<ReplyOutcome> first = submit("first", heldWrite());
        firstEntered.await(10, TimeUnit.SECONDS);
        CompletableFuture<ReplyOutcome> before = submit("before", rows -> { });
        CompletableFuture<ReplyOutcome> failing = submit("failing", rows -> {
            throw new IllegalStateException("trend store refused");
        });
        CompletableFuture<ReplyOutcome> after = submit("after", rows -> { });
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.queued() == 3);

        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        assertThat(before.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        // the caller learns the kind of failure, never the database's message (it can quote terms from replies)
        assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .rootCause().hasMessageContaining("could not be recorded: IllegalStateException")
                .hasMessageNotContaining("trend store refused");
        assertThat(receipts()).isEqualTo(3); // the failed reply left no receipt, so its redelivery counts
    }

    @Test
    void aGroupWhoseBatchedRowsFailIsRecordedAgainReplyByReplyWithEachRowWrittenOnce() throws Exception {
        CompletableFuture<ReplyOutcome> first = submit("first", heldWrite());
        firstEntered.await(10, TimeUnit.SECONDS);
        CompletableFuture<ReplyOutcome> before = submit("before", participationRow("member-before", true));
        CompletableFuture<ReplyOutcome> failing = submit("failing", participationRow("member-failing", false));
        CompletableFuture<ReplyOutcome> after = submit("after", participationRow("member-after", true));
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.queued() == 3);

        releaseFirst.countDown();

        assertThat(before.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .rootCause().hasMessageContaining("could not be recorded: DataIntegrityViolationException");
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        // the group's batch failed on one row and was rolled back whole; each reply was then written on its own
        assertThat(jdbc.sql("SELECT participant_key FROM checkin_participation WHERE checkin_id = ? ORDER BY 1")
                .param(checkInId).query(String.class).list()).containsExactly("member-after", "member-before");
        assertThat(receipts()).isEqualTo(3);
    }

    /** A row for the group's batch; a row without its day breaks the batch when it is sent. */
    private ReplyWrite participationRow(String key, boolean valid) {
        return rows -> rows.add("INSERT INTO checkin_participation (participant_key, checkin_id, took_part_on) "
                + "VALUES (?, ?, ?)", key, checkInId, valid ? java.sql.Date.valueOf(java.time.LocalDate.now()) : null);
    }

    @Test
    void stoppingFinishesTheRepliesHandedInAndRefusesLaterOnes() throws Exception {
        CompletableFuture<ReplyOutcome> first = submit("first", heldWrite());
        firstEntered.await(10, TimeUnit.SECONDS);
        CompletableFuture<ReplyOutcome> queued = submit("queued", rows -> { });
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.queued() == 1);
        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
            try {
                commits.destroy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, callers);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThatThrownBy(() -> commits.record(checkInId, "late", java.time.LocalDate.now(), List.of()))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("stops"));

        releaseFirst.countDown();

        stopped.get(10, TimeUnit.SECONDS);
        assertThat(first.get()).isEqualTo(ReplyOutcome.RECORDED);
        assertThat(queued.get()).isEqualTo(ReplyOutcome.RECORDED);
        assertThat(receipts()).isEqualTo(2);
    }

    @Test
    void whenAnotherReplicaCommitsTheSameMembersOtherReplyAtTheSameMomentThisReplyIsStillRecorded() throws Exception {
        boolean[] raced = {false};
        ReplyWrite racingWrite = rows -> {
            if (!raced[0]) {
                raced[0] = true; // as a unique participation row committed by another replica would
                throw new DuplicateKeyException("insight_participation already has this member");
            }
        };

        assertThat(submit("other-reply", racingWrite).get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        assertThat(raced[0]).isTrue();
        assertThat(receipts()).isEqualTo(1);
    }

    @Test
    void whenAnotherReplicaTakesInTheSameDeliveryAtTheSameMomentItCountsOnce() throws Exception {
        // the other replica's caller writes its own group, on a thread the test can find
        ReplyCommits otherReplica = new ReplyCommits(template, transaction, new CopMetrics(registry));
        ExecutorService otherCaller = Executors.newSingleThreadExecutor(task -> new Thread(task, "other-replica"));
        try {
            CompletableFuture<ReplyOutcome> here = submit("same-delivery", heldWrite());
            firstEntered.await(10, TimeUnit.SECONDS); // this replica's receipt is written, not yet committed
            CompletableFuture<ReplyOutcome> there = CompletableFuture.supplyAsync(() -> otherReplica.record(
                    checkInId, "same-delivery", java.time.LocalDate.now(), List.of()), otherCaller);
            // the other replica's insert of the same key waits for this replica's transaction
            await().atMost(Duration.ofSeconds(10)).until(() -> waitingOnTheDatabase("other-replica", "Insert"));

            releaseFirst.countDown();

            assertThat(here.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
            assertThat(there.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.DUPLICATE);
            assertThat(receipts()).isEqualTo(1);
        } finally {
            otherReplica.destroy();
            otherCaller.shutdownNow();
        }
    }

    @Test
    void twoOneClickAnswersOfAMemberQueuedIntoOneGroupLeaveTheLastOneAndCountOnce() throws Exception {
        CompletableFuture<ReplyOutcome> first = submit("first", heldWrite());
        firstEntered.await(10, TimeUnit.SECONDS);
        CompletableFuture<ReplyOutcome> tired = answer("member-own", "tired", callers);
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.queued() == 1);
        CompletableFuture<ReplyOutcome> hopeful = answer("member-own", "hopeful", callers);
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.queued() == 2);

        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        assertThat(tired.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.OVERTAKEN);
        assertThat(hopeful.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        assertThat(answers()).containsExactly("answer-hopeful");
        assertThat(receipts()).isEqualTo(2);
        // the two answers were one group, and neither was recorded again on its own
        DistributionSummary groups = registry.get(CopMetrics.REPLY_COMMIT_GROUP).summary();
        assertThat(groups.count()).isEqualTo(2);
        assertThat(groups.max()).isEqualTo(2);
    }

    @Test
    void aOneClickAnswerReplacesTheCommittedOneEvenWhenTheSameAnswerComesAgain() throws Exception {
        assertThat(answer("member-own", "tired", callers).get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        assertThat(answer("member-own", "hopeful", callers).get(10, TimeUnit.SECONDS))
                .isEqualTo(ReplyOutcome.REPLACED);
        assertThat(answers()).containsExactly("answer-hopeful");
        // the same press replayed: it takes its own place, and still counts once
        assertThat(answer("member-own", "hopeful", callers).get(10, TimeUnit.SECONDS))
                .isEqualTo(ReplyOutcome.REPLACED);
        assertThat(answers()).containsExactly("answer-hopeful");
        assertThat(receipts()).isEqualTo(1);
    }

    @Test
    void aOneClickAnswerInAGroupRolledBackByAnotherReplyStillReplacesTheEarlierAnswerOnce() throws Exception {
        assertThat(answer("member-own", "tired", callers).get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        CompletableFuture<ReplyOutcome> first = submit("first", heldWrite());
        firstEntered.await(10, TimeUnit.SECONDS);
        CompletableFuture<ReplyOutcome> hopeful = answer("member-own", "hopeful", callers);
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.queued() == 1);
        CompletableFuture<ReplyOutcome> failing = submit("failing", participationRow("member-failing-" + checkInId, false));
        CompletableFuture<ReplyOutcome> after = submit("after", participationRow("behind-" + checkInId, true));
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.queued() == 3);

        releaseFirst.countDown();

        // the group's batch failed on one reply's row and was rolled back whole, the withdrawal of the earlier answer
        // with it; recorded again on its own, the answer replaced the earlier one once
        assertThat(hopeful.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.REPLACED);
        assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        assertThat(answers()).as("the answer and the reply behind it, once each").containsExactly("answer-hopeful", "behind");
        assertThat(receipts()).isEqualTo(3);
    }

    @Test
    void aOneClickAnswerQueuedBehindTheMembersFirstCommitsInTheNextGroupInItsPlace() throws Exception {
        CompletableFuture<ReplyOutcome> tired = CompletableFuture.supplyAsync(() -> commits.replace(checkInId,
                "member-own", java.time.LocalDate.now(), List.of(heldWrite(), answerRow("tired")), this::withdraw),
                callers);
        firstEntered.await(10, TimeUnit.SECONDS); // its receipt is written, not yet committed
        CompletableFuture<ReplyOutcome> hopeful = answer("member-own", "hopeful", callers);
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.queued() == 1);

        releaseFirst.countDown();

        assertThat(tired.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        assertThat(hopeful.get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.REPLACED);
        assertThat(answers()).containsExactly("answer-hopeful");
        assertThat(receipts()).isEqualTo(1);
    }

    @Test
    void whenAnotherReplicaRecordsTheMembersFirstAnswerAtTheSameMomentTheLaterOneReplacesIt() throws Exception {
        // its insert of the same receipt waits for this replica's transaction, then fails on the unique key
        List<ReplyOutcome> outcomes = tiredHereHopefulOnTheOtherReplica("Insert");

        assertThat(outcomes).containsExactly(ReplyOutcome.RECORDED, ReplyOutcome.REPLACED);
        assertThat(answers()).containsExactly("answer-hopeful");
        assertThat(receipts()).isEqualTo(1);
    }

    @Test
    void whenTwoReplicasReplaceTheMembersAnswerAtTheSameMomentTheOneCommittedLastStands() throws Exception {
        assertThat(answer("member-own", "curious", callers).get(10, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        // the other replica's move of the same receipt waits for this replica's commit
        List<ReplyOutcome> outcomes = tiredHereHopefulOnTheOtherReplica("Update");

        assertThat(outcomes).containsExactly(ReplyOutcome.REPLACED, ReplyOutcome.REPLACED);
        assertThat(answers()).containsExactly("answer-hopeful");
        assertThat(receipts()).isEqualTo(1);
    }

    /**
     * The member's "tired" here, held inside its transaction (its receipt written or moved, the earlier answer
     * withdrawn), while another replica takes in "hopeful" and waits in the database on its {@code statement}; then
     * this one commits. The two outcomes, this replica's first.
     */
    private List<ReplyOutcome> tiredHereHopefulOnTheOtherReplica(String statement) throws Exception {
        ReplyCommits otherReplica = new ReplyCommits(template, transaction, new CopMetrics(registry));
        ExecutorService otherCaller = Executors.newSingleThreadExecutor(task -> new Thread(task, "other-replica"));
        try {
            CompletableFuture<ReplyOutcome> here = CompletableFuture.supplyAsync(() -> commits.replace(checkInId,
                    "member-own", java.time.LocalDate.now(), List.of(heldWrite(), answerRow("tired")), this::withdraw),
                    callers);
            firstEntered.await(10, TimeUnit.SECONDS);
            CompletableFuture<ReplyOutcome> there = CompletableFuture.supplyAsync(() -> otherReplica.replace(
                    checkInId, "member-own", java.time.LocalDate.now(), List.of(answerRow("hopeful")),
                    this::withdraw), otherCaller);
            await().atMost(Duration.ofSeconds(10)).until(() -> waitingOnTheDatabase("other-replica", statement));

            releaseFirst.countDown();

            return List.of(here.get(10, TimeUnit.SECONDS), there.get(10, TimeUnit.SECONDS));
        } finally {
            otherReplica.destroy();
            otherCaller.shutdownNow();
        }
    }

    /** A member's one-click answer under their own key: one row naming the answer, the earlier one's withdrawn. */
    private CompletableFuture<ReplyOutcome> answer(String deliveryKey, String word, ExecutorService on) {
        return CompletableFuture.supplyAsync(() -> commits.replace(checkInId, deliveryKey, java.time.LocalDate.now(),
                List.of(answerRow(word)), this::withdraw), on);
    }

    private ReplyWrite answerRow(String word) {
        return rows -> rows.add("INSERT INTO checkin_participation (participant_key, checkin_id, took_part_on) "
                + "VALUES (?, ?, ?)", "answer-" + word + "-" + checkInId, checkInId, java.sql.Date.valueOf(java.time.LocalDate.now()));
    }

    private void withdraw() {
        jdbc.sql("DELETE FROM checkin_participation WHERE checkin_id = ? AND participant_key LIKE 'answer-%'")
                .param(checkInId).update();
    }

    /** The answers recorded for the check-in (each row's key is unique in the table, so it names the check-in too). */
    private List<String> answers() {
        return jdbc.sql("SELECT participant_key FROM checkin_participation WHERE checkin_id = ? ORDER BY 1")
                .param(checkInId).query(String.class).list().stream()
                .map(key -> key.substring(0, key.lastIndexOf('-'))).toList();
    }

    @Test
    void aCallerHoldingATransactionIsRefusedBecauseItsAcknowledgementWouldNotWaitForItsCommit() {
        transaction.executeWithoutResult(status -> assertThatThrownBy(() ->
                commits.record(checkInId, "inside", java.time.LocalDate.now(), List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside any transaction"));

        assertThat(receipts()).isZero();
        assertThat(commits.record(checkInId, "inside", java.time.LocalDate.now(), List.of())).isEqualTo(ReplyOutcome.RECORDED);
    }

    private CompletableFuture<ReplyOutcome> submit(String deliveryKey, ReplyWrite write) {
        return CompletableFuture.supplyAsync(() -> commits.record(checkInId, deliveryKey, java.time.LocalDate.now(),
                List.of(write)), callers);
    }

    /** A write that holds the leading caller inside its transaction until the test releases it. */
    private ReplyWrite heldWrite() {
        return rows -> {
            firstEntered.countDown();
            try {
                if (!releaseFirst.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the first reply");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * Whether the named caller is inside the database with its insert or update (H2 retries a unique key or a row
     * held by another open transaction until that one ends), rather than waiting for its turn.
     */
    private static boolean waitingOnTheDatabase(String writerName, String statement) {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> thread.getKey().getName().equals(writerName))
                .anyMatch(thread -> Arrays.stream(thread.getValue())
                        .anyMatch(frame -> frame.getClassName().startsWith("org.h2.command.dml." + statement))
                        && Arrays.stream(thread.getValue()).noneMatch(frame -> frame.getMethodName().equals("parkNanos")));
    }

    /** A community of this channel and a word check-in posted in it, as rows. */
    private long checkIn(String channel) {
        KeyHolder community = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO community (platform, workspace_id, channel_id, time_zone, k_anonymity, pairing_mode, "
                        + "created_at) VALUES ('SLACK', ?, ?, 'UTC', 3, 'OPT_OUT', CURRENT_TIMESTAMP)")
                .params(Fixtures.WORKSPACE, channel).update(community, "id");
        KeyHolder checkIn = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO checkin (community_id, prompt_kind, prompt_text, thread_id, posted_at) "
                        + "VALUES (?, ?, 'One word for your week?', ?, CURRENT_TIMESTAMP)")
                .params(community.getKey().longValue(), PromptKind.WORD.name(), "thread-" + channel)
                .update(checkIn, "id");
        return checkIn.getKey().longValue();
    }

    private int receipts() {
        return jdbc.sql("SELECT COUNT(*) FROM reply_receipt WHERE checkin_id = ?").param(checkInId)
                .query(Integer.class).single();
    }
}
