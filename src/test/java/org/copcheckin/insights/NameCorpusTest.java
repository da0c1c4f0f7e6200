package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.channel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The name corpus through the real intake, into a database of its own: afterwards no table holds any part of any
 * name, in any case or spelling, and neither do the logs.
 */
@CoreSpringTest
@TestPropertySource(properties = "cop.test.database=name-corpus")
@ExtendWith(OutputCaptureExtension.class)
class NameCorpusTest {

    /** Display names the platform knows for the staff who reply. */
    static final Set<String> STAFF = Set.of("Dana Whitfield", "Kofi Mensah-Boateng", "Priya R.", "tomasz.wojcik");

    @Autowired
    ReplyIntake intake;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Communities communities;
    @Autowired
    JdbcClient jdbc;

    @Test
    void noTableAndNoLogHoldsAnyNameOfTheCorpus(CapturedOutput output) {
        Community community = communities.findOrCreate(channel("C-NAMES"));
        CheckIn challenge = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        CheckIn word = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        List<NameCorpus.Reply> corpus = NameCorpus.replies();
        int n = 0;
        for (NameCorpus.Reply reply : corpus) {
            CheckIn checkIn = n % 4 == 0 ? word : challenge;
            assertThat(intake.receive(new ThreadReplyReceived(checkIn.thread(), Fixtures.member("U-NC-" + (n % 40)),
                    "nc-" + n, reply.text(), Instant.now(), STAFF))).isEqualTo(ReplyOutcome.RECORDED);
            n++;
        }
        Set<String> needles = new LinkedHashSet<>(NameCorpus.allNeedles());
        STAFF.forEach(name -> needles.addAll(NameCorpus.needles(name)));

        List<String> leaked = DatabaseScan.findWords(jdbc, needles);
        System.out.printf("name corpus: %d replies, %d distinct name parts, %d found in the database%n",
                corpus.size(), needles.size(), leaked.size());
        assertThat(leaked).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trend_mention WHERE community_id = ? AND kind = 'TERM' "
                + "AND item <> '(other)'").param(community.id()).query(Integer.class).single())
                .as("the replies' other words are still counted").isGreaterThan(100);
        String logs = DatabaseScan.fold(output.getAll());
        Set<String> logWords = new LinkedHashSet<>(Arrays.asList(logs.split("[^a-z']+")));
        // a name that is also an everyday word ("will") can be in any log line; every other name part must not be
        Vocabulary words = Vocabulary.bundled(Vocabulary.DEFAULT_LANGUAGE, Set.of());
        List<String> inLogs = new ArrayList<>(needles);
        inLogs.removeIf(words::contains);
        inLogs.retainAll(logWords);
        assertThat(inLogs).isEmpty();
        for (int i = 0; i < corpus.size(); i += 7) { // a sample: each search reads the whole log
            assertThat(logs).doesNotContain(DatabaseScan.fold(corpus.get(i).text()).substring(0, 24));
        }
    }
}
