package org.copcheckin.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.command;
import static org.copcheckin.support.Fixtures.member;

import java.time.Duration;
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
import org.copcheckin.insights.TrendExport;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.platform.RecordingChatPlatform.Sent;
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code export} as a CSV file in the caller's direct message, its default period in {@code help}. */
@CoreSpringTest
class ExportFilesTest {

    /** A Wednesday, ahead of real time: Quartz stays idle. */
    static final Instant NOW = Instant.parse("2031-06-04T12:00:00Z");

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
    MutableClock clock;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void reset() {
        clock.set(Instant.now());
        platform.reset();
    }

    @Test
    void theExportIsAFileWithAHeaderThePeriodKAndOneRowPerPublishedCell() {
        clock.set(NOW);
        ChannelRef channel = channel("C-EXPORT-" + System.nanoTime());
        CheckIn checkIn = checkIns.post(communities.findOrCreate(channel), PromptKind.CHALLENGE, null,
                OptionalLong.empty());
        for (String user : List.of("U-E1", "U-E2", "U-E3")) {
            intake.receive(new ThreadReplyReceived(checkIn.thread(), member(user), user + "-m",
                    "The landlord raised the rent and the family may lose their housing", clock.instant(), Set.of()));
        }
        intake.receive(new ThreadReplyReceived(checkIn.thread(), member("U-E4"), "U-E4-m", "Funding cuts again",
                clock.instant(), Set.of()));
        clock.advance(Duration.ofDays(7));
        platform.reset();

        String answer = handler.handle(command(channel, "U-CONFIGURED", "export")).message().plainText();

        assertThat(answer).containsPattern("Sent you the export as a file in a direct message: "
                + "cop-export-2031-03-17-to-2031-06-08.csv: \\d+ rows over 12 weeks").contains("missing, not zero");
        Sent file = platform.sent("file").get(0);
        assertThat(file.target()).endsWith("/cop-export-2031-03-17-to-2031-06-08.csv");
        String csv = file.message().paragraphs().get(0);
        assertThat(csv.lines()).first().isEqualTo(TrendExport.HEADER);
        assertThat(csv.lines().skip(1)).allMatch(row -> row.startsWith("2031-03-17,2031-06-08,3,2031-06-02,"))
                .contains("2031-03-17,2031-06-08,3,2031-06-02,participation,people,4",
                        "2031-03-17,2031-06-08,3,2031-06-02,participation,replies,4",
                        "2031-03-17,2031-06-08,3,2031-06-02,theme,Housing and landlords,3")
                .noneMatch(row -> row.contains("Funding"));
        // nothing about who: no user id, no pseudonym, no word of a reply beyond published labels
        assertThat(csv).doesNotContain("U-E").doesNotContain("landlord raised");
        assertThat(jdbc.sql("SELECT person FROM trend_reply").query(String.class).list())
                .allSatisfy(pseudonym -> assertThat(csv).doesNotContain(pseudonym));
        assertThat(file.message().title()).contains("figures of at least 3 people (k)");
        assertThat(platform.sent("private")).singleElement().satisfies(dm -> assertThat(dm.target())
                .isEqualTo("U-CONFIGURED"));
    }

    @Test
    void helpStatesTheDefaultPeriodAndAPlatformThatRefusesTheFileGetsTheCsvAsText() {
        ChannelRef channel = channel("C-EXPORT-HELP-" + System.nanoTime());
        assertThat(handler.handle(command(channel, "U-CONFIGURED", "help")).message().plainText())
                .contains("`/cop export [since YYYY-MM-DD]`: a CSV file of the published weekly counts, to you only "
                        + "(default: the last 12 weeks)");

        platform.failWith(new PlatformException("files are switched off"));
        String answer = handler.handle(command(channel, "U-CONFIGURED", "export")).message().plainText();

        assertThat(answer).contains(TrendExport.HEADER)
                .contains("_The file could not be sent (files are switched off), so here it is as text._");
    }
}
