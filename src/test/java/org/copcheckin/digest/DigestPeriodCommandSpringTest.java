package org.copcheckin.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.adminCommand;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.command;
import static org.copcheckin.support.Fixtures.member;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.commands.CommandHandler;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.DatabaseScan;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /cop digest month} and {@code /cop digest quarter}: the month's and quarter's digest on demand, privately. */
@CoreSpringTest
class DigestPeriodCommandSpringTest {

    @Autowired
    CheckIns checkIns;
    @Autowired
    ReplyIntake intake;
    @Autowired
    Communities communities;
    @Autowired
    CommandHandler handler;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.set(Instant.now());
        platform.reset();
    }

    /** Three members a week, ahead of real time so Quartz stays idle: housing every week, and the word given. */
    private void week(Community community, String wednesdayNoon, String words) {
        clock.set(Instant.parse(wednesdayNoon));
        CheckIn challenge = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        CheckIn word = words != null ? checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty()) : null;
        for (String user : List.of("U-M1", "U-M2", "U-M3")) {
            intake.receive(new ThreadReplyReceived(challenge.thread(), member(user), user + "-" + wednesdayNoon,
                    "Our landlord Gerald Pike is evicting the family over two weeks of back rent", clock.instant(),
                    Set.of()));
            if (word != null) {
                intake.receive(new ThreadReplyReceived(word.thread(), member(user), user + "-w-" + wednesdayNoon,
                        words, clock.instant(), Set.of()));
            }
        }
    }

    @Test
    void theMonthAndTheQuarterBeforeTodayOrTheOneADayFallsIn() {
        ChannelRef channel = channel("C-PERIOD-" + System.nanoTime());
        Community community = communities.findOrCreate(channel);
        week(community, "2031-10-08T12:00:00Z", "exhausted");
        week(community, "2031-10-15T12:00:00Z", null);
        week(community, "2031-10-22T12:00:00Z", "tired");
        clock.set(Instant.parse("2031-11-05T12:00:00Z")); // a Wednesday in November

        String month = handler.handle(adminCommand(channel, "U-FAC", "digest month")).plainText();
        assertThat(month).contains("*Over the month of October 2031:* 3 weeks with at least 3 people taking part.")
                .contains("*Themes that held* (raised in at least two thirds of those weeks):\n• Housing and landlords: "
                        + "3 of 3 weeks, 9 people over the weeks")
                .contains("no earlier period with published figures to compare with")
                .contains("*One-word answers by family:*\n• Tired and drained (6): exhausted, tired")
                .doesNotContain("so far");

        String quarter = handler.handle(adminCommand(channel, "U-FAC", "digest quarter")).plainText();
        assertThat(quarter).contains("*Over the quarter Q3 2031:* 0 weeks");

        String thisQuarter = handler.handle(adminCommand(channel, "U-FAC", "digest quarter since 2031-10-20"))
                .plainText();
        assertThat(thisQuarter).contains("*Over the quarter Q4 2031:* 3 weeks with at least 3 people taking part.")
                .contains("Housing and landlords: 3 of 3 weeks");

        assertThat(handler.handle(adminCommand(channel, "U-FAC", "digest month since 2031-11-02")).plainText())
                .contains("No week of the month of November 2031 is over yet");
        assertThat(handler.handle(adminCommand(channel, "U-FAC", "digest month since 2031-12-01")).plainText())
                .contains("`since` must be a day up to today (2031-11-05");
        assertThat(handler.handle(adminCommand(channel, "U-FAC", "digest year")).plainText())
                .contains("month, quarter");
        assertThat(handler.handle(command(channel, "U-M1", "digest month")).plainText()).contains("Sorry");
        assertThat(DatabaseScan.find(jdbc, List.of("Gerald", "Pike", "evicting the family"))).isEmpty();
    }
}
