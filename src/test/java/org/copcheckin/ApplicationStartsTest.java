package org.copcheckin;

import static org.assertj.core.api.Assertions.assertThat;

import org.copcheckin.support.CoreSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CoreSpringTest
class ApplicationStartsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void flywayCreatesOurTablesAndQuartzs() {
        Integer tables = jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) IN "
                + "('community', 'member', 'facilitator', 'checkin', 'reply_receipt', 'schedule', 'schedule_run', "
                + "'qrtz_triggers', 'qrtz_cron_triggers', 'qrtz_job_details')").query(Integer.class).single();
        assertThat(tables).isEqualTo(10);
    }
}
