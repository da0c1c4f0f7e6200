package org.copcheckin.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import com.zaxxer.hikari.HikariDataSource;
import org.awaitility.Awaitility;
import org.copcheckin.support.CoreSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * H2 2.4.240 bound a CHECK constraint to the session that created it: once the pool retired the connection that ran
 * the migrations (Hikari's 30-minute lifetime, or any eviction), every insert into a table with a CHECK failed with
 * "Check constraint invalid ... The database has been closed", until a restart. A CI run longer than 30 minutes
 * found it as pairing rounds that could not be recorded. H2 2.5 fixed it; this holds it.
 */
@CoreSpringTest
class ChecksAfterPoolRecycleTest {

    @Autowired
    HikariDataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void constraintsStillCheckRowsAfterEveryPooledConnectionIsReplaced() {
        long before = dataSource.getHikariPoolMXBean().getTotalConnections();
        dataSource.getHikariPoolMXBean().softEvictConnections();
        // idle connections close at once, busy ones when returned; the pool opens new ones on demand
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> dataSource.getHikariPoolMXBean().getActiveConnections() == 0);
        assertThat(before).as("the pool had connections to retire").isPositive();

        long community = jdbc.sql("INSERT INTO community (platform, workspace_id, channel_id, time_zone, k_anonymity, "
                        + "pairing_mode, created_at) VALUES ('PLAYGROUND', 'recycle', ?, 'UTC', 3, 'OPT_OUT', ?)")
                .params("C-" + System.nanoTime(), Timestamp.from(Instant.now())).update() > 0
                ? jdbc.sql("SELECT MAX(id) FROM community WHERE workspace_id = 'recycle'").query(Long.class).single() : -1;
        int rounds = jdbc.sql("INSERT INTO pairing_round (community_id, seed, group_size, trigger_kind, outcome, "
                        + "members_considered, members_excluded, groups_total, started_at) "
                        + "VALUES (?, 1, 2, 'MANUAL', 'SKIPPED', 0, 0, 0, ?)")
                .params(community, Timestamp.from(Instant.now())).update();
        assertThat(rounds).as("a valid round is recorded on a new connection").isEqualTo(1);

        assertThatThrownBy(() -> jdbc.sql("INSERT INTO pairing_round (community_id, seed, group_size, trigger_kind, "
                        + "outcome, members_considered, members_excluded, groups_total, started_at) "
                        + "VALUES (?, 1, 4, 'MANUAL', 'SKIPPED', 0, 0, 0, ?)")
                .params(community, Timestamp.from(Instant.now())).update())
                .as("the constraint still refuses a group of four, for the right reason")
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("CK_PAIRING_ROUND_SIZE").hasMessageNotContaining("closed")
                .hasMessageContaining("violation");
        jdbc.sql("DELETE FROM community WHERE id = ?").param(community).update();
    }
}
