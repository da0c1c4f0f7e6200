package org.copcheckin.checkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.reply;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.platform.ThreadRef;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.DatabaseScan;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

@CoreSpringTest
@ExtendWith(OutputCaptureExtension.class)
class ReplyIntakeTest {

    private static final String SENSITIVE = "Jordan Alvarez (DOB 04/12/2011) missed 9 days; mum at 555-201-3344 says bus";

    @Autowired
    ReplyIntake intake;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Communities communities;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private CheckIn postWordPrompt() {
        Community community = communities.findOrCreate(channel("C-" + System.nanoTime()));
        return checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
    }

    @Test
    void eachReplyIsCountedOnceEvenWhenDeliveredAgain() {
        CheckIn checkIn = postWordPrompt();
        assertThat(intake.receive(reply(checkIn.thread(), "U-ANA", "1700000000.000100", "Hopeful"))).isEqualTo(ReplyOutcome.RECORDED);
        assertThat(intake.receive(reply(checkIn.thread(), "U-ANA", "1700000000.000100", "Hopeful"))).isEqualTo(ReplyOutcome.DUPLICATE);
        assertThat(intake.receive(reply(checkIn.thread(), "U-BEN", "1700000000.000200", "Tired"))).isEqualTo(ReplyOutcome.RECORDED);
        assertThat(checkIns.replyCount(checkIn.id())).isEqualTo(2);
    }

    @Test
    void aFirstDeliveryThatRepeatsARecordedReplyIsRecognisedAtItsCommitAndWritesNothing() {
        CheckIn checkIn = postWordPrompt();
        assertThat(intake.receiveFirstDelivery(reply(checkIn.thread(), "U-ANA", "1700000000.000300", "Hopeful")))
                .isEqualTo(ReplyOutcome.RECORDED);
        int trendRows = jdbc.sql("SELECT COUNT(*) FROM trend_reply").query(Integer.class).single();

        assertThat(intake.receiveFirstDelivery(reply(checkIn.thread(), "U-ANA", "1700000000.000300", "Hopeful")))
                .isEqualTo(ReplyOutcome.DUPLICATE);

        assertThat(checkIns.replyCount(checkIn.id())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trend_reply").query(Integer.class).single()).isEqualTo(trendRows);
    }

    @Test
    void repliesOutsideACheckInThreadAreIgnored() {
        CheckIn checkIn = postWordPrompt();
        ThreadRef elsewhere = new ThreadRef(checkIn.thread().channel(), "not-a-prompt");
        assertThat(intake.receive(reply(elsewhere, "U-ANA", "m1", "hello"))).isEqualTo(ReplyOutcome.NOT_A_CHECK_IN);
        ThreadRef unknownChannel = new ThreadRef(channel("C-NEVER-SEEN"), checkIn.thread().threadId());
        assertThat(intake.receive(reply(unknownChannel, "U-ANA", "m2", "hello"))).isEqualTo(ReplyOutcome.NOT_A_CHECK_IN);
    }

    @Test
    void aReplyThatArrivesBeforeItsCheckInIsRecordedDoesNotHideTheCheckInFromLaterReplies() {
        Community community = communities.findOrCreate(channel("C-" + System.nanoTime()));
        ThreadRef thread = new ThreadRef(community.channel(), "T-RECORDED-LATE");
        assertThat(intake.receive(reply(thread, "U-ANA", "m-early", "Hopeful"))).isEqualTo(ReplyOutcome.NOT_A_CHECK_IN);

        // the check-in's row commits a moment after its prompt appeared in the channel
        jdbc.sql("INSERT INTO checkin (community_id, prompt_kind, prompt_text, thread_id, posted_at) "
                + "VALUES (?, 'WORD', 'In one word?', ?, CURRENT_TIMESTAMP)").params(community.id(), thread.threadId())
                .update();

        assertThat(intake.receive(reply(thread, "U-BEN", "m-later", "Tired"))).isEqualTo(ReplyOutcome.RECORDED);
    }

    @Test
    void aCommunitysNewTimeZoneDecidesTheDayOfRepliesWithinAMinute() {
        clock.set(Instant.parse("2031-03-04T02:00:00Z"));
        CheckIn checkIn = postWordPrompt();
        assertThat(intake.receive(reply(checkIn.thread(), "U-ANA", "m-utc", "Hopeful"))).isEqualTo(ReplyOutcome.RECORDED);
        communities.changeZone(checkIn.communityId(), ZoneId.of("America/Los_Angeles"));

        clock.advance(Duration.ofSeconds(61));
        assertThat(intake.receive(reply(checkIn.thread(), "U-BEN", "m-la", "Tired"))).isEqualTo(ReplyOutcome.RECORDED);

        assertThat(jdbc.sql("SELECT received_on FROM reply_receipt WHERE checkin_id = ?")
                .param(checkIn.id()).query(LocalDate.class).list())
                .containsExactlyInAnyOrder(LocalDate.of(2031, 3, 4), LocalDate.of(2031, 3, 3));
    }

    @Test
    void aClockSetBackDoesNotKeepAnOldTimeZoneAlive() {
        clock.set(Instant.parse("2031-03-05T02:00:00Z"));
        CheckIn checkIn = postWordPrompt();
        assertThat(intake.receive(reply(checkIn.thread(), "U-ANA", "m-before", "Hopeful"))).isEqualTo(ReplyOutcome.RECORDED);
        communities.changeZone(checkIn.communityId(), ZoneId.of("America/Los_Angeles"));

        clock.set(Instant.parse("2031-03-05T01:00:00Z")); // an hour back, as after a wrong clock is corrected
        assertThat(intake.receive(reply(checkIn.thread(), "U-BEN", "m-after", "Tired"))).isEqualTo(ReplyOutcome.RECORDED);

        assertThat(jdbc.sql("SELECT received_on FROM reply_receipt WHERE checkin_id = ?")
                .param(checkIn.id()).query(LocalDate.class).list())
                .containsExactlyInAnyOrder(LocalDate.of(2031, 3, 4), LocalDate.of(2031, 3, 5));
    }

    @Test
    void replyTextAndAuthorNeverReachTheDatabaseOrTheLogs(CapturedOutput output) {
        CheckIn checkIn = postWordPrompt();
        intake.receive(reply(checkIn.thread(), "U-SECRET-AUTHOR", "1700000000.000300", SENSITIVE));
        intake.receive(reply(checkIn.thread(), "U-SECRET-AUTHOR", "1700000000.000300", SENSITIVE));

        List<String> found = DatabaseScan.find(jdbc, List.of("Jordan", "Alvarez", "555-201-3344", "04/12/2011",
                "U-SECRET-AUTHOR", "1700000000.000300", "missed 9 days"));
        assertThat(found).isEmpty();
        assertThat(DatabaseScan.find(jdbc, List.of(checkIn.thread().threadId()))).as("the scan sees stored values").isNotEmpty();
        assertThat(output.getAll()).doesNotContain("Jordan").doesNotContain("555-201-3344").doesNotContain("U-SECRET-AUTHOR");
    }
}
