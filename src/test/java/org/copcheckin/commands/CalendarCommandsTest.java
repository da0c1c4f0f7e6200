package org.copcheckin.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.adminCommand;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.command;

import java.io.IOException;
import java.time.Instant;

import org.copcheckin.calendar.CalendarFixtures;
import org.copcheckin.calendar.CalendarFixtures.FeedServer;
import org.copcheckin.calendar.CalendarFixtures.FeedServer.Answer;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /cop calendar ...} end to end on H2, with a district feed served by a local HTTP server. */
@CoreSpringTest
class CalendarCommandsTest {

    @Autowired
    CommandHandler handler;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private final ChannelRef channel = channel("C-" + System.nanoTime());
    private FeedServer server;

    @BeforeEach
    void start() throws IOException {
        clock.set(Instant.parse("2026-12-01T12:00:00Z"));
        server = new FeedServer();
    }

    @AfterEach
    void stop() {
        server.close();
        clock.set(Instant.now());
    }

    private String facilitator(String text) {
        return handler.handle(adminCommand(channel, "U-ADMIN", text)).plainText();
    }

    private String member(String text) {
        return handler.handle(command(channel, "U-MEMBER", text)).plainText();
    }

    private int skips() {
        return jdbc.sql("SELECT COUNT(*) FROM calendar_skip s JOIN community c ON c.id = s.community_id "
                + "WHERE c.channel_id = ?").param(channel.channelId()).query(Integer.class).single();
    }

    @Test
    void aFacilitatorSkipsAWinterBreakEveryoneCanListItAndItIsRemovedByIdOrByADayItCovers() {
        assertThat(facilitator("calendar skip 2026-12-21 2027-01-04 winter break"))
                .contains("Skipping #").contains("Mon 21 Dec 2026 to Mon 4 Jan 2027 (15 days): winter break");
        assertThat(facilitator("calendar skip 2027-02-15 2027-02-15")).contains("Mon 15 Feb 2027: school break");
        assertThat(member("calendar list")).contains("winter break").contains("school break");
        assertThat(member("calendar skip 2027-03-01 2027-03-05 spring")).contains("Sorry");

        assertThat(facilitator("calendar remove 2026-12-25")).contains("Removed #").contains("winter break");
        long id = jdbc.sql("SELECT s.id FROM calendar_skip s JOIN community c ON c.id = s.community_id "
                + "WHERE c.channel_id = ?").param(channel.channelId()).query(Long.class).single();
        assertThat(facilitator("calendar remove #" + id)).contains("Removed #" + id);
        assertThat(facilitator("calendar remove 99999")).contains("nothing changed");
        assertThat(skips()).isZero();
        assertThat(member("calendar list")).contains("No calendar skips ahead");
    }

    @Test
    void theDigestOfAPeriodWithABreakSaysTheWeeksWereABreak() {
        facilitator("calendar skip 2026-12-21 2027-01-04 winter break");
        clock.set(Instant.parse("2027-01-06T12:00:00Z"));

        assertThat(facilitator("digest since 2026-12-21")).contains("*School calendar:* the weeks of 21 Dec, 28 Dec "
                + "were a break (winter break, 21 Dec to 4 Jan)");
    }

    @Test
    void aRangeInTheWrongOrderADateThatIsNotADateAndABadLabelGetTheReasonAndChangeNothing() {
        assertThat(facilitator("calendar skip 2027-01-04 2026-12-21 winter break"))
                .contains("The range is in the wrong order: 2026-12-21 comes before 2027-01-04");
        assertThat(facilitator("calendar skip 2026-12-21 2027-13-04 winter break"))
                .contains("`2027-13-04` is not a date written YYYY-MM-DD");
        assertThat(facilitator("calendar skip 2026-12-21 2027-01-04 " + "long ".repeat(20)))
                .contains("at most 64");
        assertThat(facilitator("calendar skip 2026-12-21 2027-01-04 see https://x.example")).contains("link");
        assertThat(facilitator("calendar skip 2026-11-02 2026-11-03 over")).contains("Those days are over");
        assertThat(facilitator("calendar remove next-week")).contains("neither a skip's id");
        assertThat(skips()).isZero();
    }

    @Test
    void aDistrictFeedWithAnAllDayBreakIsImportedOnceAndWhatWasLeftOutIsSaid() {
        server.answer("/district.ics", Answer.ics(CalendarFixtures.DISTRICT));

        String answer = facilitator("calendar import " + server.url("/district.ics"));
        assertThat(answer).contains("Skipping 2 ranges from the feed")
                .contains("Mon 21 Dec 2026 to Mon 4 Jan 2027 (15 days): Winter Break - No School")
                .contains("Mon 18 Jan 2027: Martin Luther King Jr. Day (holiday – schools closed)")
                .contains("1 all-day events that do not say the school is closed")
                .contains("1 timed events");
        assertThat(skips()).isEqualTo(2);

        assertThat(facilitator("calendar import " + server.url("/district.ics"))).contains("no new skips")
                .contains("2 already skipped");
        assertThat(facilitator("calendar import " + server.url("/district.ics") + " all"))
                .contains("Picture Day");
        assertThat(skips()).isEqualTo(3);
    }

    @Test
    void aBadFeedGetsTheReasonAndNothingChanges() {
        server.answer("/bad-date.ics", Answer.ics(CalendarFixtures.BAD_DATE))
                .answer("/backwards.ics", Answer.ics(CalendarFixtures.BACKWARDS))
                .answer("/page", new Answer(200, "text/html", "<html></html>".getBytes(), null));

        assertThat(facilitator("calendar import " + server.url("/bad-date.ics")))
                .contains("I could not read that calendar").contains("Nothing changed");
        assertThat(facilitator("calendar import " + server.url("/backwards.ics")))
                .contains("ends (2027-03-29) before it starts (2027-04-05)").contains("Nothing changed");
        assertThat(facilitator("calendar import " + server.url("/page"))).contains("web page");
        assertThat(facilitator("calendar import " + server.url("/gone.ics"))).contains("answered 404");
        assertThat(facilitator("calendar import https://127.0.0.1:1/x.ics")).contains("Nothing changed");
        assertThat(facilitator("calendar import not-a-url")).contains("not a web address");
        assertThat(skips()).isZero();
    }
}
