package org.copcheckin.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.copcheckin.CopCheckinApplication;
import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.scheduling.RunOutcome;
import org.copcheckin.scheduling.Schedule;
import org.copcheckin.scheduling.ScheduleSpecParser;
import org.copcheckin.scheduling.ScheduleStatus;
import org.copcheckin.scheduling.ScheduledAction;
import org.copcheckin.scheduling.Schedules;
import org.copcheckin.support.CoreTestConfiguration;
import org.copcheckin.support.Fixtures;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** An H2 installation with communities, check-ins, replies and schedules moves to PostgreSQL and carries on. */
class H2ToPostgresTest {

    @TempDir
    Path dataDir;

    @Test
    void anH2DatabaseIsCarriedOverToPostgresqlWithItsSchedules() throws Exception {
        String h2Url = "jdbc:h2:file:" + dataDir.resolve("cop-checkin");
        long checkInId;
        long scheduleId;
        try (ConfigurableApplicationContext h2App = start("--spring.datasource.url=" + h2Url, "test")) {
            h2App.getBean(MutableClock.class).set(Instant.now());
            Community community = h2App.getBean(Communities.class).findOrCreate(Fixtures.channel("C-MOVE"));
            // in its own channel: the recording platform's thread ids restart with each application
            Community replies = h2App.getBean(Communities.class).findOrCreate(Fixtures.channel("C-MOVE-REPLIES"));
            CheckIn checkIn = h2App.getBean(CheckIns.class).post(replies, PromptKind.WORD, null, OptionalLong.empty());
            checkInId = checkIn.id();
            for (int i = 0; i < 3; i++) {
                h2App.getBean(ReplyIntake.class).receive(Fixtures.reply(checkIn.thread(), "U-" + i, "m-" + i, "fine"));
            }
            scheduleId = h2App.getBean(Schedules.class).add(community, ScheduledAction.CHALLENGE,
                    ScheduleSpecParser.parse("0/2 * * * * ?"), ZoneOffset.UTC).id();
            h2App.getBean(Schedules.class).add(community, ScheduledAction.WORD,
                    ScheduleSpecParser.parse("weekly mon 09:00"), ZoneOffset.UTC);
        }

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String pgUrl = postgres.getJdbcUrl("postgres", "postgres");
            Instant copiedAt = Instant.now();
            int rows = H2ToPostgres.copy(h2Url, "sa", "", pgUrl, "postgres", "");
            assertThat(rows).isGreaterThan(10);
            assertThatThrownBy(() -> H2ToPostgres.copy(h2Url, "sa", "", pgUrl, "postgres", ""))
                    .hasMessageContaining("already holds rows");

            try (ConfigurableApplicationContext pgApp = start("--spring.datasource.url=" + pgUrl, "test", "postgres")) {
                pgApp.getBean(MutableClock.class).set(Instant.now());
                Community community = pgApp.getBean(Communities.class).findOrCreate(Fixtures.channel("C-MOVE"));
                assertThat(pgApp.getBean(CheckIns.class).replyCount(checkInId)).isEqualTo(3);
                Schedules schedules = pgApp.getBean(Schedules.class);
                // the two copied schedules (the weekly digest the community's first prompt adds may have joined them)
                assertThat(schedules.status(community))
                        .filteredOn(status -> status.schedule().action() != ScheduledAction.DIGEST).hasSize(2)
                        .allSatisfy(status -> assertThat(status.nextRun()).isPresent())
                        .extracting(ScheduleStatus::schedule).extracting(Schedule::id).contains(scheduleId);
                // new rows get fresh ids after the copied ones, and the copied Quartz trigger fires on PostgreSQL
                RecordingChatPlatform platform = pgApp.getBean(RecordingChatPlatform.class);
                await().atMost(Duration.ofSeconds(20)).until(() -> !platform.sent("post").isEmpty());
                await().atMost(Duration.ofSeconds(10)).until(() -> schedules.runs(scheduleId).stream()
                        .anyMatch(run -> run.outcome() == RunOutcome.DONE && run.scheduledFor().isAfter(copiedAt)));
                Community another = pgApp.getBean(Communities.class).findOrCreate(Fixtures.channel("C-NEW"));
                assertThat(another.id()).isGreaterThan(community.id());
                assertThat(pgApp.getBean(CheckIns.class).post(another, PromptKind.WORD, null, OptionalLong.empty()).id())
                        .isGreaterThan(checkInId);
                schedules.list(community).forEach(s -> schedules.remove(community, s.id()));
            }
        }
    }

    private ConfigurableApplicationContext start(String url, String... profiles) {
        return new SpringApplicationBuilder(CopCheckinApplication.class, CoreTestConfiguration.class)
                .profiles(profiles).run(url, "--spring.datasource.username=" + (profiles.length > 1 ? "postgres" : "sa"),
                        "--spring.datasource.password=", "--cop.data-dir=" + dataDir, "--server.port=0",
                        // not the suite's scheduler name: Quartz keeps connection providers per name, JVM-wide
                        "--spring.quartz.properties.org.quartz.scheduler.instanceName=cop-checkin-move-test");
    }
}
