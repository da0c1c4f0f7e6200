package org.copcheckin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.copcheckin.CopCheckinApplication;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.ChatPlatform;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.ThreadRef;
import org.copcheckin.scheduling.ScheduleSpecParser;
import org.copcheckin.scheduling.ScheduledAction;
import org.copcheckin.scheduling.Schedules;
import org.copcheckin.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Stopping the application (SIGTERM, a rolling update) while a scheduled prompt is being posted: the context
 * does not close until the run has finished and been recorded.
 */
class GracefulShutdownTest {

    private static final Duration POST_TAKES = Duration.ofSeconds(3);
    static final CountDownLatch POSTING = new CountDownLatch(1);

    @TempDir
    Path dataDir;

    @Test
    void aRunningScheduledJobFinishesBeforeTheContextCloses() throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("cop-checkin") + ";WRITE_DELAY=0";
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CopCheckinApplication.class,
                SlowPlatformConfiguration.class).profiles("test").run("--spring.datasource.url=" + url,
                "--cop.data-dir=" + dataDir, "--server.port=0",
                "--spring.quartz.properties.org.quartz.scheduler.instanceName=cop-checkin-shutdown-test");
        Community community = context.getBean(Communities.class).findOrCreate(Fixtures.channel("C-SHUTDOWN"));
        long id = context.getBean(Schedules.class).add(community, ScheduledAction.WORD,
                ScheduleSpecParser.parse(ClusterNodeApp.onceAt(Instant.now().plusSeconds(2))), ZoneOffset.UTC).id();
        assertThat(POSTING.await(30, TimeUnit.SECONDS)).as("the run started").isTrue();

        long started = System.nanoTime();
        context.close();
        Duration closing = Duration.ofNanos(System.nanoTime() - started);

        assertThat(closing).as("close waited for the run").isGreaterThan(POST_TAKES.minusMillis(500));
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            assertThat(strings(statement, "SELECT outcome FROM schedule_run WHERE schedule_id = " + id))
                    .containsExactly("DONE");
            assertThat(strings(statement, "SELECT prompt_kind FROM checkin WHERE schedule_id = " + id))
                    .containsExactly("WORD");
        }
    }

    private static List<String> strings(Statement statement, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Plain class, not a {@code @Configuration}: component scanning would put it into every test context. */
    static class SlowPlatformConfiguration {
        @Bean
        ChatPlatform slowPlatform() {
            return new SlowPlatform();
        }
    }

    /** Takes a few seconds to post, as Slack does on a bad day. */
    static final class SlowPlatform extends PostOnlyPlatform {
        @Override
        public ThreadRef postToChannel(ChannelRef channel, Message message) {
            POSTING.countDown();
            try {
                Thread.sleep(POST_TAKES.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while posting", e);
            }
            return new ThreadRef(channel, "slow-" + UUID.randomUUID());
        }

    }
}
