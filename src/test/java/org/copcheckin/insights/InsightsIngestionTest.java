package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.checkins.ReplyOutcome;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.DatabaseScan;
import org.copcheckin.support.Fixtures;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

@CoreSpringTest
@ExtendWith(OutputCaptureExtension.class)
class InsightsIngestionTest {

    @Autowired
    ReplyIntake intake;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Communities communities;
    @Autowired
    PublishedTrends trends;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.set(Instant.now());
    }

    private Community community(String zone) {
        Community community = communities.findOrCreate(channel("C-INS-" + System.nanoTime()));
        communities.changeZone(community.id(), ZoneId.of(zone));
        return communities.find(community.id()).orElseThrow();
    }

    private static ThreadReplyReceived reply(CheckIn checkIn, String userId, String messageId, String text) {
        return new ThreadReplyReceived(checkIn.thread(), Fixtures.member(userId), messageId, text, Instant.now(),
                InsightsFixtures.KNOWN_NAMES);
    }

    private WeekCells thisWeek(Community community) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), community.zone());
        return trends.query(TrendQuery.finishedWeeksSince(community, today, today).withWeekSoFar(today))
                .week(today).orElseThrow();
    }

    /** Distinct people per item of a kind in the community's rows (what the door publishes from). */
    private int people(Community community, TrendKind kind, String item) {
        return jdbc.sql("SELECT COUNT(DISTINCT person) FROM trend_mention WHERE community_id = ? AND kind = ? AND item = ?")
                .params(community.id(), kind.name(), item).query(Integer.class).single();
    }

    @Test
    void theCorpusLeavesNoPersonalDataNoReplySentenceAndNoUserIdInTheDatabaseOrLogs(CapturedOutput output) {
        Community community = community("America/Toronto");
        CheckIn challenge = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        CheckIn word = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        List<String> needles = new ArrayList<>();
        int n = 0;
        for (InsightsFixtures.Reply r : InsightsFixtures.CHALLENGES) {
            assertThat(intake.receive(reply(challenge, "U-STAFF-" + n, "1700000100." + n, r.text())))
                    .isEqualTo(ReplyOutcome.RECORDED);
            needles.addAll(r.personal());
            needles.add(firstSentenceFragment(r.text()));
            needles.add("U-STAFF-" + n);
            n++;
        }
        for (InsightsFixtures.Reply r : InsightsFixtures.WORDS) {
            intake.receive(reply(word, "U-STAFF-" + n, "1700000200." + n, r.text()));
            needles.addAll(r.personal());
            n++;
        }
        needles.addAll(InsightsFixtures.KNOWN_NAMES);

        assertThat(DatabaseScan.find(jdbc, needles)).isEmpty();
        assertThat(DatabaseScan.find(jdbc, List.of("evict", "landlord"))).as("the scan sees the stored terms").isNotEmpty();
        String logs = output.getAll();
        for (String needle : needles) {
            assertThat(logs).doesNotContainIgnoringCase(needle);
        }
        assertThat(thisWeek(community).cells(TrendKind.THEME)).containsKeys("housing", "mental-health");
    }

    @Test
    void aRetriedDeliveryNeverCountsTwiceAndAPersonCountsOncePerWeekWhateverTheyReply() {
        Community community = community("UTC");
        CheckIn monday = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        CheckIn later = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        intake.receive(reply(monday, "U-ANA", "m-1", "The landlord raised the rent again"));
        assertThat(intake.receive(reply(monday, "U-ANA", "m-1", "The landlord raised the rent again")))
                .isEqualTo(ReplyOutcome.DUPLICATE);
        intake.receive(reply(monday, "U-ANA", "m-2", "Also the rent for a second family, and the bus is late"));
        intake.receive(reply(later, "U-ANA", "m-3", "Rent, rent, rent"));
        intake.receive(reply(monday, "U-BEN", "m-4", "Rent is due and no landlord will answer"));
        intake.receive(reply(later, "U-CHEN", "m-5", "Housing: the rent doubled"));

        assertThat(people(community, TrendKind.THEME, "housing")).isEqualTo(3);
        assertThat(people(community, TrendKind.TERM, "rent")).as("Ana's three replies are one person").isEqualTo(3);
        WeekCells week = thisWeek(community);
        assertThat(week.people()).hasValue(3);
        assertThat(week.replies()).hasValue(5);
        assertThat(week.cells(TrendKind.TERM)).containsKey("rent").doesNotContainKey("landlord").doesNotContainKey("bus");
        assertThat(week.cells(TrendKind.TERM).get("rent").people()).isEqualTo(3);
    }

    @Test
    void aReplyCountsInTheIsoWeekOfTheCommunitysZone() {
        Community community = community("America/Los_Angeles");
        CheckIn checkIn = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        // 07:59 UTC on Monday 2 March is still Sunday 1 March in Los Angeles; 08:00 UTC is Monday there
        clock.set(Instant.parse("2026-03-02T07:59:59Z"));
        intake.receive(reply(checkIn, "U-ANA", "w-1", "Tired"));
        clock.set(Instant.parse("2026-03-02T08:00:00Z"));
        intake.receive(reply(checkIn, "U-BEN", "w-2", "Tired"));
        assertThat(jdbc.sql("SELECT week_start FROM trend_reply WHERE community_id = ? ORDER BY week_start")
                .param(community.id()).query(LocalDate.class).list())
                .containsExactly(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 2));
    }

    @Test
    void oneWordAnswersAreShownInTheFormMostPeopleTypedOnceKTypedIt() {
        Community community = community("UTC");
        CheckIn checkIn = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        int n = 0;
        for (String text : List.of("Overwhelmed", "overwhelmed!", "Overwhelm", "OVERWHELMED by intakes")) {
            intake.receive(reply(checkIn, "U-" + n, "o-" + n++, text));
        }
        Cell cell = thisWeek(community).cells(TrendKind.WORD).get("overwhelm");
        assertThat(cell.people()).isEqualTo(4);
        assertThat(cell.shown()).isEqualTo("overwhelmed");
    }

    @Test
    void aWordOutsideTheVocabularyIsCountedAsOtherAndNeverWritten() {
        Community community = community("UTC");
        CheckIn checkIn = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        int n = 0;
        for (String text : List.of("zorblax", "Zorblax!", "zorblax again", "qwertyish")) {
            intake.receive(reply(checkIn, "U-" + n, "z-" + n++, text));
        }
        assertThat(DatabaseScan.find(jdbc, List.of("zorblax", "qwertyish"))).isEmpty();
        assertThat(people(community, TrendKind.WORD, Vocabulary.OTHER)).isEqualTo(4);
        WeekCells week = thisWeek(community);
        assertThat(week.cells(TrendKind.WORD)).isEmpty();
        assertThat(week.people()).hasValue(4);
    }

    private static String firstSentenceFragment(String text) {
        String[] words = text.split("\\s+");
        return String.join(" ", Stream.of(words).limit(4).toList());
    }
}
