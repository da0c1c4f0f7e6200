package org.copcheckin.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.copcheckin.support.CoreTestConfiguration;
import org.copcheckin.support.DatabaseScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The start-up warm-up of the whole reply intake commits its made-up replies for real and then leaves no trace in
 * any table: its scratch community goes with every row written under it.
 */
@SpringBootTest(properties = "cop.intake-warm-up=" + IntakeWarmUpTest.REPLIES)
@ActiveProfiles("test")
@Import(CoreTestConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class IntakeWarmUpTest {

    static final int REPLIES = 120;

    @Autowired
    IntakeWarmUp warmUp;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;

    @Test
    void afterTheStartUpWarmUpEveryTableOfOursIsEmpty() {
        assertThat(tablesWithRows()).isEmpty();
    }

    @Test
    void theWarmUpCommitsEveryReplyThenRemovesThemAllWithoutLoggingOrStoringAnyOfIt(CapturedOutput output) {
        int logged = output.getAll().length();

        assertThat(warmUp.warm()).isEqualTo(REPLIES);

        assertThat(tablesWithRows()).isEmpty();
        assertThat(DatabaseScan.find(jdbc, List.of("warm-up", IntakeWarmUp.SCRATCH.workspaceId(), "hopeful",
                "transport"))).isEmpty();
        assertThat(output.getAll().substring(logged)).doesNotContain("Recorded a reply")
                .doesNotContain("Ignored a repeated delivery");
    }

    @Test
    void aScratchCommunityLeftByACrashGoesButAnotherReplicasWarmUpInProgressStays() {
        java.time.Instant now = clock.instant();
        insertScratch("scratch-crashed", now.minus(java.time.Duration.ofHours(2)));
        insertScratch("scratch-other-replica", now.minusSeconds(5));

        assertThat(warmUp.warm()).isEqualTo(REPLIES);

        assertThat(jdbc.sql("SELECT channel_id FROM community").query(String.class).list())
                .as("the crashed warm-up's community is gone, the other replica's warm-up still has its own")
                .containsExactly("scratch-other-replica");
        jdbc.sql("DELETE FROM community").update();
    }

    private void insertScratch(String channelId, java.time.Instant createdAt) {
        jdbc.sql("INSERT INTO community (platform, workspace_id, channel_id, time_zone, k_anonymity, pairing_mode, "
                        + "created_at) VALUES ('PLAYGROUND', ?, ?, 'UTC', 3, 'OPT_OUT', ?)")
                .params(IntakeWarmUp.SCRATCH.workspaceId(), channelId, java.sql.Timestamp.from(createdAt)).update();
    }

    /**
     * Tables of ours holding any row. Flyway's history and Quartz's own state are the schema's and the scheduler's;
     * every other table is empty in a fresh database, so any row there was left by the warm-up.
     */
    private List<String> tablesWithRows() {
        return jdbc.sql("SELECT table_name FROM information_schema.tables WHERE UPPER(table_schema) = 'PUBLIC' "
                        + "AND table_type = 'BASE TABLE'").query(String.class).list().stream()
                .filter(table -> !table.toLowerCase(Locale.ROOT).startsWith("qrtz_")
                        && !table.equalsIgnoreCase("flyway_schema_history"))
                .filter(table -> jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\"").query(Integer.class).single() > 0)
                .toList();
    }
}
