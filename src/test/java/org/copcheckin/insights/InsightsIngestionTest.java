package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    Trends trends;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private Community community(String zone) {
        Community community = communities.findOrCreate(channel("C-INS-" + System.nanoTime()));
        communities.changeZone(community.id(), ZoneId.of(zone));
        return communities.find(community.id()).orElseThrow();
    }

    private static ThreadReplyReceived reply(CheckIn checkIn, String userId, String messageId, String text) {
        return new ThreadReplyReceived(checkIn.thread(), Fixtures.member(userId), messageId, text, Instant.now(),
                InsightsFixtures.KNOWN_NAMES);
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
        LocalDate today = LocalDate.ofInstant(clock.instant(), community.zone());
        assertThat(trends.counts(community, TrendKind.THEME, today.minusDays(1), today))
                .containsKeys("housing", "funding", "mental-health", "food-insecurity");
    }

    @Test
    void aRetriedDeliveryNeverCountsTwiceAndASecondReplyCountsOncePerTerm() {
        Community community = community("UTC");
        CheckIn checkIn = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        LocalDate today = LocalDate.ofInstant(clock.instant(), community.zone());
        intake.receive(reply(checkIn, "U-ANA", "m-1", "The landlord raised the rent again"));
        intake.receive(reply(checkIn, "U-ANA", "m-1", "The landlord raised the rent again"));
        intake.receive(reply(checkIn, "U-ANA", "m-2", "Also the rent for a second family, and the bus is late"));
        intake.receive(reply(checkIn, "U-BEN", "m-3", "Rent is due and no landlord will answer"));

        Map<String, Integer> themes = trends.counts(community, TrendKind.THEME, today, today);
        assertThat(themes).containsEntry("housing", 2).containsEntry("transportation", 1);
        Map<String, Integer> terms = trends.counts(community, TrendKind.TERM, today, today);
        assertThat(terms).containsEntry("rent", 2).containsEntry("landlord", 2).containsEntry("bus", 1);
        Participation participation = trends.participation(community, today, today);
        assertThat(participation.replies()).isEqualTo(3);
        assertThat(participation.participations()).isEqualTo(2);
    }

    @Test
    void aReplyCountsOnTheDayOfTheCommunitysZone() {
        Community community = community("America/Los_Angeles");
        CheckIn checkIn = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        // 07:59 UTC on 3 March is still 2 March in Los Angeles; 08:00 UTC is midnight there
        clock.set(Instant.parse("2026-03-03T07:59:59Z"));
        intake.receive(reply(checkIn, "U-ANA", "w-1", "Tired"));
        clock.set(Instant.parse("2026-03-03T08:00:00Z"));
        intake.receive(reply(checkIn, "U-BEN", "w-2", "Tired"));
        LocalDate second = LocalDate.of(2026, 3, 2);
        LocalDate third = LocalDate.of(2026, 3, 3);
        assertThat(trends.counts(community, TrendKind.WORD, second, second)).containsEntry("tired", 1);
        assertThat(trends.counts(community, TrendKind.WORD, third, third)).containsEntry("tired", 1);
        assertThat(trends.counts(community, TrendKind.WORD, second, third)).containsEntry("tired", 2);
        clock.set(Instant.now());
    }

    @Test
    void oneWordAnswersAreShownInTheFormMostPeopleTypedOnceKTypedIt() {
        Community community = community("UTC");
        CheckIn checkIn = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        LocalDate today = LocalDate.ofInstant(clock.instant(), community.zone());
        int n = 0;
        for (String text : List.of("Overwhelmed", "overwhelmed!", "Overwhelm", "OVERWHELMED by intakes")) {
            intake.receive(reply(checkIn, "U-" + n, "o-" + n++, text));
        }
        assertThat(trends.counts(community, TrendKind.WORD, today, today)).containsEntry("overwhelm", 4);
        assertThat(trends.wordLabels(community, today, today)).containsEntry("overwhelm", "overwhelmed");
    }

    private static String firstSentenceFragment(String text) {
        String[] words = text.split("\\s+");
        return String.join(" ", Stream.of(words).limit(4).toList());
    }
}
