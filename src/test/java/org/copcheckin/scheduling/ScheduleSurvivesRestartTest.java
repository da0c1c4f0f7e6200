package org.copcheckin.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.copcheckin.CopCheckinApplication;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.support.CoreTestConfiguration;
import org.copcheckin.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A schedule is created, the application is closed and started again on the same H2 file: the run still fires. */
class ScheduleSurvivesRestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CopCheckinApplication.class, CoreTestConfiguration.class)
                .profiles("test")
                // command-line arguments, so they win over the test profile's in-memory database
                .run("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("cop-checkin") + ";LOCK_TIMEOUT=10000",
                        "--cop.data-dir=" + dataDir, "--server.port=0",
                        // the same scheduler name before and after the restart, as in production
                        "--spring.quartz.properties.org.quartz.scheduler.instanceName=cop-restart");
    }

    @Test
    void aScheduleCreatedBeforeARestartStillFiresAfterIt() {
        long scheduleId;
        try (ConfigurableApplicationContext first = start()) {
            Community community = first.getBean(Communities.class).findOrCreate(Fixtures.channel("C-RESTART"));
            scheduleId = first.getBean(Schedules.class).add(community, ScheduledAction.WORD,
                    ScheduleSpecParser.parse("* * * * * ?"), ZoneId.of("UTC")).id();
        }

        try (ConfigurableApplicationContext second = start()) {
            Community community = second.getBean(Communities.class).findOrCreate(Fixtures.channel("C-RESTART"));
            assertThat(second.getBean(Schedules.class).list(community)).extracting(Schedule::id).containsExactly(scheduleId);
            RecordingChatPlatform platform = second.getBean(RecordingChatPlatform.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> !platform.sent("post").isEmpty());
            assertThat(platform.sent("post").get(0).message().plainText()).contains("one word");
            second.getBean(Schedules.class).remove(community, scheduleId);
        }
    }
}
