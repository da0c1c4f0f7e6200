package org.copcheckin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Upgrading a database of the previous design (schema version 6) to this one, as README's upgrade note says:
 * communities, check-ins, schedules, members and receipts are kept (receipts as days), the old trend rows and
 * aggregates, which counted participations instead of people, are dropped.
 */
class UpgradeTest {

    @Test
    void anExistingDatabaseKeepsItsRecordsAndReceiptsAsDaysAndDropsTheOldTrendStore() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:upgrade-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .target("6").load().migrate();
        JdbcClient jdbc = JdbcClient.create(h2);
        jdbc.sql("INSERT INTO community (id, platform, workspace_id, channel_id, time_zone, k_anonymity, pairing_mode, "
                + "created_at) VALUES (1, 'SLACK', 'T1', 'C1', 'UTC', 3, 'OPT_OUT', TIMESTAMP WITH TIME ZONE "
                + "'2026-01-05 09:00:00+00')").update();
        jdbc.sql("INSERT INTO member (community_id, user_id, pairing, updated_at) VALUES (1, 'U1', 'OPTED_OUT', "
                + "TIMESTAMP WITH TIME ZONE '2026-01-06 10:00:00+00')").update();
        jdbc.sql("INSERT INTO checkin (id, community_id, prompt_kind, prompt_text, thread_id, posted_at) VALUES "
                + "(1, 1, 'WORD', 'one word', '1700.1', TIMESTAMP WITH TIME ZONE '2026-01-06 10:00:00+00')").update();
        jdbc.sql("INSERT INTO reply_receipt (checkin_id, delivery_key, received_at) VALUES (1, 'key-1', "
                + "TIMESTAMP WITH TIME ZONE '2026-01-06 10:15:42.123+00')").update();
        jdbc.sql("INSERT INTO insight_entry (community_id, checkin_id, period_day, kind, term, participant, recorded_at) "
                + "VALUES (1, 1, DATE '2026-01-06', 'WORD', 'isolated', 'p1', TIMESTAMP WITH TIME ZONE "
                + "'2026-01-06 10:15:42+00')").update();

        Flyway.configure().dataSource(h2).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();

        assertThat(jdbc.sql("SELECT received_on FROM reply_receipt WHERE delivery_key = 'key-1'").query(LocalDate.class)
                .single()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(jdbc.sql("SELECT active_on FROM member WHERE user_id = 'U1'").query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM checkin").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) LIKE 'insight_%'")
                .query(Integer.class).single()).as("the old trend store").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trend_mention").query(Integer.class).single()).isZero();
    }
}
