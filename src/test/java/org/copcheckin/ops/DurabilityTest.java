package org.copcheckin.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import org.copcheckin.CopCheckinApplication;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.checkins.ReplyOutcome;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.platform.ThreadRef;
import org.copcheckin.privacy.Pseudonyms;
import org.copcheckin.scheduling.Schedule;
import org.copcheckin.scheduling.ScheduleStatus;
import org.copcheckin.scheduling.Schedules;
import org.copcheckin.support.CoreTestConfiguration;
import org.copcheckin.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application on its H2 file is killed with SIGKILL while replies are arriving and schedules exist. After a
 * restart on the same file every reply that was acknowledged is there and counted once, a redelivery of each
 * is recognised, and every schedule is still there and fires.
 */
class DurabilityTest {

    @TempDir
    Path dataDir;

    private static String defaultDatasourceUrl() throws IOException {
        return new YamlPropertySourceLoader()
                .load("application", new ClassPathResource("application.yml")).get(0)
                .getProperty("spring.datasource.url").toString();
    }

    @Test
    void acknowledgedRepliesAndSchedulesSurviveAKill9() throws Exception {
        // the product's own H2 URL from application.yml (the test profile would swap in an in-memory one)
        String[] arguments = {"--spring.datasource.url=" + defaultDatasourceUrl(),
                "--cop.data-dir=" + dataDir, "--server.port=0",
                // not the suite's scheduler name: Quartz keeps connection providers per name, JVM-wide
                "--spring.quartz.properties.org.quartz.scheduler.instanceName=cop-checkin-durability-test"};
        Set<String> acknowledged;
        long checkInId;
        List<Long> scheduleIds;
        // the first run logs as JSON (LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs), as a log collector would want it
        String[] firstRun = Arrays.copyOf(arguments, arguments.length + 1);
        firstRun[arguments.length] = "--logging.structured.format.console=ecs";
        try (ChildJvm app = ChildJvm.start(DurabilityTestApp.class, dataDir.resolve("first-run.log"), firstRun)) {
            checkInId = Long.parseLong(app.awaitLine(l -> l.startsWith("CHECKIN "), Duration.ofSeconds(120)).split(" ")[1]);
            scheduleIds = Arrays.stream(app.awaitLine(l -> l.startsWith("SCHEDULES "), Duration.ofSeconds(5))
                    .split(" ")[1].split(",")).map(Long::valueOf).toList();
            app.awaitLine(l -> l.startsWith("ACK m-200 "), Duration.ofSeconds(60));
            app.kill();
            acknowledged = app.lines().stream().filter(l -> l.startsWith("ACK "))
                    .peek(l -> assertThat(l).endsWith(" RECORDED"))
                    .map(l -> l.split(" ")[1]).collect(Collectors.toSet());
            List<String> json = app.lines().stream().filter(l -> l.startsWith("{")).toList();
            assertThat(json).allSatisfy(line -> assertThat(line).endsWith("}").contains("\"@timestamp\"")
                    .doesNotContain("must never be stored"));
            assertThat(json).filteredOn(line -> line.contains("\"message\":\"Recorded a reply to check-in " + checkInId + "\""))
                    .hasSizeGreaterThanOrEqualTo(acknowledged.size());
        }

        Instant restartedAt = Instant.now();
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(CopCheckinApplication.class,
                CoreTestConfiguration.class).profiles("test").run(arguments)) {
            JdbcClient jdbc = restarted.getBean(JdbcClient.class);
            Pseudonyms pseudonyms = restarted.getBean(Pseudonyms.class);
            List<String> receipts = jdbc.sql("SELECT delivery_key FROM reply_receipt WHERE checkin_id = ?")
                    .param(checkInId).query(String.class).list();
            int replyCount = restarted.getBean(CheckIns.class).replyCount(checkInId);
            Set<String> acknowledgedKeys = acknowledged.stream().map(id -> pseudonyms.of("reply-delivery-in-channel", "SLACK",
                    DurabilityTestApp.CHANNEL, id)).collect(Collectors.toSet());

            assertThat(receipts).containsAll(acknowledgedKeys).doesNotHaveDuplicates();
            // at most the one reply in flight at the kill was committed without being acknowledged
            assertThat(receipts.size()).isBetween(acknowledged.size(), acknowledged.size() + 1);
            assertThat(replyCount).as("reply_count").isEqualTo(receipts.size());

            // the platform redelivers what it may not have seen acknowledged: recognised, not counted again
            ThreadRef thread = restarted.getBean(CheckIns.class).find(checkInId).orElseThrow().thread();
            ReplyIntake intake = restarted.getBean(ReplyIntake.class);
            for (String id : acknowledged) {
                assertThat(intake.receive(Fixtures.reply(thread, "U-1", id, "again"))).isEqualTo(ReplyOutcome.DUPLICATE);
            }
            assertThat(restarted.getBean(CheckIns.class).replyCount(checkInId)).isEqualTo(replyCount);

            Community community = restarted.getBean(Communities.class).findOrCreate(Fixtures.channel(DurabilityTestApp.CHANNEL));
            Schedules schedules = restarted.getBean(Schedules.class);
            // every schedule is still there (the weekly digest the first prompt adds may have joined them)
            assertThat(schedules.list(community)).extracting(Schedule::id).containsAll(scheduleIds);
            assertThat(schedules.status(community)).allSatisfy(status -> assertThat(status.nextRun()).isPresent())
                    .extracting(ScheduleStatus::schedule).extracting(Schedule::spec)
                    .contains("cron * * * * * ?", "weekly mon 09:00", "monthly first tue 10:00");
            RecordingChatPlatform platform = restarted.getBean(RecordingChatPlatform.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> !platform.sent("post").isEmpty());
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM schedule_run "
                    + "WHERE schedule_id = ? AND outcome = 'DONE' AND scheduled_for > ?")
                    .params(scheduleIds.get(0), Timestamp.from(restartedAt)).query(Long.class).single() > 0);
            // every run outside a transaction gives its connections back (an unclosed query stream once kept one)
            HikariDataSource pool = restarted.getBean(HikariDataSource.class);
            await().atMost(Duration.ofSeconds(5)).until(() -> pool.getHikariPoolMXBean().getActiveConnections() == 0);
            schedules.list(community).forEach(s -> schedules.remove(community, s.id()));
        }
    }
}
