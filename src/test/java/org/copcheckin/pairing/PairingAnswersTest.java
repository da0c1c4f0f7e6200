package org.copcheckin.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copcheckin.pairing.PairingFixtures.byFacilitator;
import static org.copcheckin.pairing.PairingFixtures.byMember;
import static org.copcheckin.pairing.PairingFixtures.channelMembers;
import static org.copcheckin.pairing.PairingFixtures.freshChannel;
import static org.copcheckin.pairing.PairingFixtures.member;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.checkins.ReplyOutcome;
import org.copcheckin.commands.CommandHandler;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.digest.PairingSummary;
import org.copcheckin.digest.PairingSummarySource;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.platform.RecordingChatPlatform.Sent;
import org.copcheckin.platform.ThreadRef;
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.scheduling.Schedule;
import org.copcheckin.scheduling.ScheduleSpec;
import org.copcheckin.scheduling.ScheduledAction;
import org.copcheckin.scheduling.ScheduledActionRunner;
import org.copcheckin.scheduling.Schedules;
import org.copcheckin.support.ConfirmButtons;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Did you meet?" answers, scheduled rounds and forget-me. */
@CoreSpringTest
class PairingAnswersTest {

    @Autowired
    CommandHandler commands;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    PairingRounds rounds;
    @Autowired
    Communities communities;
    @Autowired
    Schedules schedules;
    @Autowired
    List<ScheduledActionRunner> runners;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PairingSummarySource summary;
    @Autowired
    ReplyIntake intake;

    ChannelRef channel;

    @BeforeEach
    void freshChannelAndPlatform() {
        platform.reset();
        channel = freshChannel();
        platform.setMembers(channel, channelMembers("U1", "U2", "U3", "U4"));
    }

    @Test
    void pressingDidYouMeetRecordsTheAnswerOnceAndFeedsTheCompletionRate() {
        Instant start = clock.instant().minusSeconds(1); // stored times are rounded to microseconds
        commands.handle(byFacilitator(channel, "pair"));
        Sent introduction = platform.sent("private").get(0);
        String groupId = introduction.message().buttons().get(0).value();
        String partner = introduction.target().split(",")[0];
        ChannelRef conversation = new ChannelRef(channel.platform(), channel.workspaceId(), "private-conversation");

        events.publishEvent(new ButtonPressed(conversation, member(partner), "pairing.met", groupId));
        events.publishEvent(new ButtonPressed(conversation, member(partner), "pairing.met", groupId));

        CompletionRate rate = rounds.completionRate(community(), start, start.plus(Duration.ofDays(7)));
        assertThat(rate.groupsIntroduced()).isEqualTo(2);
        assertThat(rate.groupsMet()).isEqualTo(1);
        assertThat(rate.rate()).isEqualTo(0.5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pairing_answer WHERE group_id = ?").param(Long.parseLong(groupId))
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(platform.sent("ephemeral")).extracting(sent -> sent.message().plainText())
                .containsExactly("Thanks, noted that you met.", "Already noted that you met, thanks.");
    }

    @Test
    void replyingMetInTheGroupsConversationCountsAsTheButtonAndOtherWordsOrPlacesDoNot() {
        Instant start = clock.instant().minusSeconds(1);
        commands.handle(byFacilitator(channel, "pair"));
        Sent introduction = platform.sent("private").get(0);
        assertThat(introduction.message().plainText()).contains("reply 'met'");
        long groupId = Long.parseLong(introduction.message().buttons().get(0).value());
        String partner = introduction.target().split(",")[0];
        ChannelRef conversation = new ChannelRef(channel.platform(), channel.workspaceId(), jdbc.sql(
                "SELECT conversation_id FROM pairing_group WHERE id = ?").param(groupId).query(String.class).single());

        assertThat(intake.receive(reply(new ThreadRef(conversation, "intro-ts"), partner, "We met, it was good")))
                .isEqualTo(ReplyOutcome.NOT_A_CHECK_IN);
        intake.receive(reply(new ThreadRef(channel, "some-thread"), partner, "met"));
        assertThat(rounds.completionRate(community(), start, start.plus(Duration.ofDays(7))).groupsMet()).isZero();

        assertThat(intake.receive(reply(new ThreadRef(conversation, "intro-ts"), partner, "Met!")))
                .isEqualTo(ReplyOutcome.NOT_A_CHECK_IN);

        assertThat(rounds.completionRate(community(), start, start.plus(Duration.ofDays(7))).groupsMet()).isEqualTo(1);
        assertThat(platform.sent("ephemeral")).extracting(sent -> sent.message().plainText())
                .containsExactly("Thanks, noted that you met.");
    }

    private ThreadReplyReceived reply(ThreadRef thread, String userId, String text) {
        return new ThreadReplyReceived(thread, member(userId), "m-" + System.nanoTime(), text, clock.instant(),
                java.util.Set.of());
    }

    @Test
    void theDigestLearnsTheRoundsTheGroupsAndHowManyMet() {
        Instant start = clock.instant().minusSeconds(1);
        assertThat(summary.summarise(community(), start, start.plus(Duration.ofDays(7)))).isEmpty();
        commands.handle(byFacilitator(channel, "pair"));
        Sent introduction = platform.sent("private").get(0);
        String partner = introduction.target().split(",")[0];
        events.publishEvent(new ButtonPressed(channel, member(partner), "pairing.met",
                introduction.message().buttons().get(0).value()));

        assertThat(summary.summarise(community(), start, start.plus(Duration.ofDays(7))))
                .contains(new PairingSummary(1, 2, 1));
    }

    @Test
    void aMetAnswerFromSomeoneOutsideTheGroupIsNotCounted() {
        Instant start = clock.instant().minusSeconds(1); // stored times are rounded to microseconds
        commands.handle(byFacilitator(channel, "pair"));
        String groupId = platform.sent("private").get(0).message().buttons().get(0).value();

        events.publishEvent(new ButtonPressed(channel, member("U-STRANGER"), "pairing.met", groupId));

        assertThat(rounds.completionRate(community(), start, start.plus(Duration.ofDays(1))).groupsMet()).isZero();
    }

    @Test
    void aPlainMetReplyInTheGroupsConversationCountsLikeTheButton() {
        Instant start = clock.instant().minusSeconds(1); // stored times are rounded to microseconds
        commands.handle(byFacilitator(channel, "pair"));
        Sent introduction = platform.sent("private").get(0);
        long groupId = Long.parseLong(introduction.message().buttons().get(0).value());
        String conversationId = jdbc.sql("SELECT conversation_id FROM pairing_group WHERE id = ?").param(groupId)
                .query(String.class).single();
        ChannelRef conversation = new ChannelRef(channel.platform(), channel.workspaceId(), conversationId);

        events.publishEvent(new ButtonPressed(conversation, member(introduction.target().split(",")[1]), "pairing.met", null));

        assertThat(rounds.completionRate(community(), start, start.plus(Duration.ofDays(1))).groupsMet()).isEqualTo(1);
    }

    @Test
    void aScheduledPairRunsARoundThroughTheScheduledActionRunner() {
        Community community = community();
        Schedule schedule = schedules.add(community, ScheduledAction.PAIR,
                new ScheduleSpec.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0)), community.zone());

        String detail = pairRunner().run(community, schedule);

        assertThat(detail).contains("done", "2 groups");
        assertThat(platform.sent("private")).hasSize(2);
        assertThat(rounds.lastRound(community).orElseThrow().trigger()).isEqualTo(RoundTrigger.Kind.SCHEDULED);
    }

    @Test
    void aRoundInterruptedWhileRunningIsFinishedByTheNextRunWithoutIntroducingAnyoneTwice() {
        Community community = community();
        Schedule schedule = schedules.add(community, ScheduledAction.PAIR,
                new ScheduleSpec.Weekly(DayOfWeek.TUESDAY, LocalTime.of(9, 0)), community.zone());
        RoundReport first = rounds.run(community, 2, RoundTrigger.scheduled(schedule.id()));
        long roundId = first.roundId().orElseThrow();
        long lastGroup = jdbc.sql("SELECT MAX(id) FROM pairing_group WHERE round_id = ?").param(roundId)
                .query(Long.class).single();
        // as if the app stopped after introducing the first group only
        jdbc.sql("UPDATE pairing_round SET outcome = 'RUNNING' WHERE id = ?").param(roundId).update();
        jdbc.sql("UPDATE pairing_group SET delivered_at = NULL WHERE id = ?").param(lastGroup).update();
        jdbc.sql("DELETE FROM pairing_introduction WHERE group_id = ?").param(lastGroup).update();
        platform.reset();
        platform.setMembers(channel, channelMembers("U1", "U2", "U3", "U4"));

        String detail = pairRunner().run(community, schedule);

        assertThat(detail).contains("pairing round " + roundId, "done");
        assertThat(platform.sent("private")).singleElement()
                .extracting(Sent::target).isEqualTo(String.join(",", first.groups().get(1)));
    }

    @Test
    void aScheduledRunAfterAPartialRoundMakesANewRound() {
        Community community = community();
        Schedule schedule = schedules.add(community, ScheduledAction.PAIR,
                new ScheduleSpec.Weekly(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0)), community.zone());
        long partial = rounds.run(community, 2, RoundTrigger.manual()).roundId().orElseThrow();
        jdbc.sql("UPDATE pairing_round SET outcome = 'PARTIAL' WHERE id = ?").param(partial).update();

        RoundReport next = rounds.run(community, 2, RoundTrigger.scheduled(schedule.id()));

        assertThat(next.roundId().orElseThrow()).isNotEqualTo(partial);
        assertThat(next.resumed()).isFalse();
    }

    @Test
    void aScheduledRoundThatCannotRunIsReportedAsFailedToTheScheduler() {
        Community community = community();
        Schedule schedule = schedules.add(community, ScheduledAction.PAIR,
                new ScheduleSpec.Daily(LocalTime.of(8, 30)), community.zone());
        platform.failWith(new PlatformException("not_in_channel"));

        assertThatThrownBy(() -> pairRunner().run(community, schedule))
                .hasMessageContaining("failed").hasMessageContaining("not_in_channel");
    }

    @Test
    void forgetMeErasesTheMembersPairingHistory() {
        platform.setMembers(channel, channelMembers("U-FORGET", "U-KEEP", "U-OTHER"));
        commands.handle(byFacilitator(channel, "pair"));
        assertThat(rowsAbout("U-FORGET")).isPositive();

        Message answer = ConfirmButtons.confirmed(commands, events, platform, byMember(channel, "U-FORGET", "forget-me"));

        assertThat(answer.plainText()).contains("erased");
        assertThat(rowsAbout("U-FORGET")).isZero();
        assertThat(rowsAbout("U-KEEP")).isPositive();
    }

    private int rowsAbout(String userId) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM pair_history WHERE user_a = :u OR user_b = :u) "
                        + "+ (SELECT COUNT(*) FROM pairing_group_member WHERE user_id = :u) "
                        + "+ (SELECT COUNT(*) FROM pairing_introduction WHERE user_id = :u)")
                .param("u", userId).query(Integer.class).single();
    }

    private ScheduledActionRunner pairRunner() {
        return runners.stream().filter(runner -> runner.actions().contains(ScheduledAction.PAIR)).findFirst().orElseThrow();
    }

    private Community community() {
        return communities.findOrCreate(channel);
    }
}
