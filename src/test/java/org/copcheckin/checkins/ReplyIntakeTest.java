package org.copcheckin.checkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.reply;

import java.util.List;
import java.util.OptionalLong;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.platform.ThreadRef;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.DatabaseScan;
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
    void repliesOutsideACheckInThreadAreIgnored() {
        CheckIn checkIn = postWordPrompt();
        ThreadRef elsewhere = new ThreadRef(checkIn.thread().channel(), "not-a-prompt");
        assertThat(intake.receive(reply(elsewhere, "U-ANA", "m1", "hello"))).isEqualTo(ReplyOutcome.NOT_A_CHECK_IN);
        ThreadRef unknownChannel = new ThreadRef(channel("C-NEVER-SEEN"), checkIn.thread().threadId());
        assertThat(intake.receive(reply(unknownChannel, "U-ANA", "m2", "hello"))).isEqualTo(ReplyOutcome.NOT_A_CHECK_IN);
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
