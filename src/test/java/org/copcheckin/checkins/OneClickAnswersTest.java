package org.copcheckin.checkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.member;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.support.AnalysedReplies;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.DatabaseScan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 2026-12-03 review of one-click participation: a second feeling pressed before the first one had committed was
 * taken for a repeat, and the first answer stayed. On the real H2, the real listeners and the real group commit, a
 * member's quick presses leave the last one as their answer, counted once, whether the two are committed in one
 * group, in two groups one after the other, or race from two threads; an identical press replayed still counts once;
 * and the member's last confirmation names the word that stands.
 */
@CoreSpringTest
@ExtendWith(OutputCaptureExtension.class)
class OneClickAnswersTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    ReplyIntake intake;
    @Autowired
    ReplyCommits commits;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Communities communities;
    @Autowired
    Participation participation;
    @Autowired
    AnalysedReplies analysed;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;

    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final String user = "U-QUICK-" + System.nanoTime();
    private final MemberRef member = member(user);

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void twoDifferentAnswersQueuedIntoOneCommitGroupLeaveTheLastOne(CapturedOutput output) throws Exception {
        Posted posted = post();
        // another member's reply leads a group and is held inside its transaction: the two presses queue behind it
        try (AnalysedReplies.Hold hold = analysed.hold(reply -> reply.author().userId().equals("U-LEADER"))) {
            CompletableFuture<ReplyOutcome> leader = async(() -> intake.receive(new ThreadReplyReceived(
                    posted.checkIn().thread(), member("U-LEADER"), "1700000000.000900", "Curious", java.time.Instant.now(),
                    Set.of())));
            hold.awaitEntered();
            CompletableFuture<ReplyOutcome> tired = async(() -> intake.answer(answer(posted, "tired")));
            await().atMost(WAIT).until(() -> commits.queued() == 1);
            CompletableFuture<ReplyOutcome> hopeful = async(() -> intake.answer(answer(posted, "hopeful")));
            await().atMost(WAIT).until(() -> commits.queued() == 2);

            hold.release();

            assertThat(leader.get(20, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
            assertThat(tired.get(20, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.OVERTAKEN);
            assertThat(hopeful.get(20, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
        }
        assertThat(memberWords(posted)).containsExactly("hopeful");
        assertThat(words(posted)).containsExactlyInAnyOrder("hopeful", "curious");
        assertThat(checkIns.replyCount(posted.checkIn().id())).isEqualTo(2);
        assertThat(participation.tookPart(posted.checkIn().id(), member)).isTrue();
        assertNothingOfTheMemberKept(output);
    }

    @Test
    void anAnswerQueuedBehindTheMembersFirstOneCommitsInTheNextGroupInItsPlace(CapturedOutput output) throws Exception {
        Posted posted = post();
        // the first press leads its own group and is held inside its transaction; the second forms the next group
        try (AnalysedReplies.Hold hold = analysed.hold(reply -> reply.author().equals(member)
                && reply.text().equals("tired"))) {
            CompletableFuture<ReplyOutcome> tired = async(() -> intake.answer(answer(posted, "tired")));
            hold.awaitEntered();
            CompletableFuture<ReplyOutcome> hopeful = async(() -> intake.answer(answer(posted, "hopeful")));
            await().atMost(WAIT).until(() -> commits.queued() == 1);

            hold.release();

            assertThat(tired.get(20, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.RECORDED);
            assertThat(hopeful.get(20, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.REPLACED);
        }
        assertThat(memberWords(posted)).containsExactly("hopeful");
        assertThat(checkIns.replyCount(posted.checkIn().id())).isEqualTo(1);
        assertNothingOfTheMemberKept(output);
    }

    @Test
    void twoDifferentPressesRacingFromTwoThreadsLeaveOneAnswerAndTheLastConfirmationNamesIt(CapturedOutput output)
            throws Exception {
        Posted posted = post();
        List<String> standing = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            int before = confirmations().size();
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Void> one = race(start, posted, round % 2 == 0 ? "tired" : "curious");
            CompletableFuture<Void> two = race(start, posted, "hopeful");
            start.countDown();
            CompletableFuture.allOf(one, two).get(20, TimeUnit.SECONDS);

            List<String> confirmed = confirmations().subList(before, confirmations().size());
            // a press the other has overtaken before its commit records nothing and leaves the confirming to it
            assertThat(confirmed).as("the standing press is confirmed, the other at most once").hasSizeBetween(1, 2);
            assertThat(memberWords(posted)).as("one answer, whichever press came last").hasSize(1);
            String word = memberWords(posted).get(0);
            assertThat(confirmed.get(confirmed.size() - 1)).contains("*" + word + "* is recorded");
            if (round > 0) {
                assertThat(confirmed.get(confirmed.size() - 1)).contains("in place of your earlier choice");
            }
            assertThat(checkIns.replyCount(posted.checkIn().id())).isEqualTo(1);
            standing.add(word);
        }
        assertThat(standing).allMatch(word -> List.of("tired", "curious", "hopeful").contains(word));
        assertThat(confirmations().get(0)).contains("is recorded.").doesNotContain("in place of");
        assertNothingOfTheMemberKept(output);
    }

    @Test
    void anIdenticalPressReplayedCountsOnceAndIsConfirmedWithItsWord(CapturedOutput output) throws Exception {
        Posted posted = post();
        ButtonPressed press = new ButtonPressed(posted.community().channel(), member, "cop.feeling",
                posted.buttons().get("tired"));
        events.publishEvent(press);
        events.publishEvent(press);
        // and replayed twice at the same moment
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Void> replays = CompletableFuture.allOf(race(start, posted, "tired"),
                race(start, posted, "tired"));
        start.countDown();
        replays.get(20, TimeUnit.SECONDS);
        // the two at the same moment: one may overtake the other before its commit and leave the confirming to it
        assertThat(confirmations()).hasSizeBetween(3, 4);

        assertThat(memberWords(posted)).containsExactly("tired");
        assertThat(checkIns.replyCount(posted.checkIn().id())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trend_reply WHERE community_id = ?").param(posted.community().id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(confirmations()).allSatisfy(confirmed -> assertThat(confirmed).contains("*tired* is recorded"));
        assertNothingOfTheMemberKept(output);
    }

    @Test
    void aConfirmationTheSlowPlatformHoldsDoesNotHoldTheMembersNextPress() throws Exception {
        Posted posted = post();
        CountDownLatch release = new CountDownLatch(1);
        platform.holdPrivateAnswers(release);
        try {
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Void> first = race(start, posted, "tired");
            start.countDown();
            await().atMost(WAIT).until(() -> memberWords(posted).equals(List.of("tired")));

            // the first press's confirmation is still with the platform: the next press is committed all the same
            CompletableFuture<Void> second = race(new CountDownLatch(0), posted, "hopeful");
            await().atMost(WAIT).until(() -> memberWords(posted).equals(List.of("hopeful")));
            assertThat(first).isNotDone();
            assertThat(confirmations()).isEmpty();

            release.countDown();
            CompletableFuture.allOf(first, second).get(20, TimeUnit.SECONDS);
        } finally {
            platform.holdPrivateAnswers(null);
            release.countDown();
        }
        assertThat(memberWords(posted)).containsExactly("hopeful");
        assertThat(checkIns.replyCount(posted.checkIn().id())).isEqualTo(1);
        // the first press's confirmation went out once the platform let it, then the second's, last
        assertThat(confirmations()).last().asString()
                .contains("*hopeful* is recorded, in place of your earlier choice");
    }

    private record Posted(Community community, CheckIn checkIn, Map<String, String> buttons) {
    }

    /** A one-word prompt in a channel of its own, and its feeling buttons by word. */
    private Posted post() {
        Community community = communities.findOrCreate(channel("C-QUICK-" + System.nanoTime()));
        CheckIn checkIn = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        Map<String, String> buttons = new LinkedHashMap<>();
        platform.sent("post").stream()
                .filter(sent -> sent.target().equals(checkIn.thread().channel().channelId() + "/"
                        + checkIn.thread().threadId()))
                .flatMap(sent -> sent.message().buttons().stream())
                .filter(button -> button.actionId().equals("cop.feeling"))
                .forEach(button -> buttons.put(button.label(), button.value()));
        assertThat(buttons).containsKeys("tired", "hopeful", "curious");
        return new Posted(community, checkIn, buttons);
    }

    /** The member's answer as the feeling button hands it to the intake. */
    private ThreadReplyReceived answer(Posted posted, String word) {
        return new ThreadReplyReceived(posted.checkIn().thread(), member,
                ReplyIntake.ownAnswerId(posted.checkIn().id(), member), word, java.time.Instant.now(), Set.of());
    }

    /** A press of the word's button, from a thread of its own, once {@code start} opens. */
    private CompletableFuture<Void> race(CountDownLatch start, Posted posted, String word) {
        return CompletableFuture.runAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            events.publishEvent(new ButtonPressed(posted.community().channel(), member, "cop.feeling",
                    posted.buttons().get(word)));
        }, callers);
    }

    private <T> CompletableFuture<T> async(java.util.function.Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, callers);
    }

    /** The member's private confirmations, in the order they were sent. */
    private List<String> confirmations() {
        return platform.sent("ephemeral").stream().filter(sent -> sent.target().equals(user))
                .map(sent -> String.join(" ", sent.message().paragraphs())).toList();
    }

    /** The one-word answers standing under the member's own key for the check-in. */
    private List<String> memberWords(Posted posted) {
        String key = intake.deliveryKey(posted.community().channel(),
                ReplyIntake.ownAnswerId(posted.checkIn().id(), member));
        return jdbc.sql("SELECT item FROM trend_mention WHERE community_id = ? AND kind = 'WORD' AND reply_key = ?")
                .params(posted.community().id(), key).query(String.class).list();
    }

    private List<String> words(Posted posted) {
        return jdbc.sql("SELECT item FROM trend_mention WHERE community_id = ? AND kind = 'WORD'")
                .param(posted.community().id()).query(String.class).list();
    }

    /** No table holds the member's id, and the logs name neither the member nor a word they pressed. */
    private void assertNothingOfTheMemberKept(CapturedOutput output) {
        assertThat(DatabaseScan.find(jdbc, List.of(user))).isEmpty();
        assertThat(output.getAll()).doesNotContain(user);
        assertThat(output.getAll().lines().filter(line -> line.contains("One-click answer")))
                .allSatisfy(line -> assertThat(line).doesNotContain("tired").doesNotContain("hopeful")
                        .doesNotContain("curious"));
    }
}
