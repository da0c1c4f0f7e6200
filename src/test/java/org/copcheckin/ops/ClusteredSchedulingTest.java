package org.copcheckin.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.copcheckin.CopCheckinApplication;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.scheduling.ScheduleSpecParser;
import org.copcheckin.scheduling.ScheduledAction;
import org.copcheckin.scheduling.Schedules;
import org.copcheckin.support.CoreTestConfiguration;
import org.copcheckin.support.Fixtures;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobExecutionContext;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several replicas on one real PostgreSQL (zonky's embedded PostgreSQL 17): a scheduled prompt is posted once
 * per scheduled time, and a run whose replica is killed half-way is taken over by another replica, once.
 */
class ClusteredSchedulingTest {

    /** Not the suite's "cop-checkin": Quartz keeps connection providers per scheduler name, JVM-wide. */
    private static final String SCHEDULER = "cop-checkin-cluster-test";
    private static EmbeddedPostgres postgres;

    @TempDir
    Path logs;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void twoReplicasPostAScheduledPromptOncePerScheduledTime() throws Exception {
        String url = database("once");
        JdbcClient jdbc = jdbc("once");
        // replica b, in its own JVM, only has the PostgreSQL URL: clustering must follow from it alone
        try (ChildJvm b = ChildJvm.start(ClusterNodeApp.class, logs.resolve("replica-b.log"),
                concat(new String[] {"record"}, arguments(url)))) {
            b.awaitLine("READY"::equals, Duration.ofSeconds(120));
            assertThat(b.lines()).contains("CLUSTERED true");
            ConfigurableApplicationContext a = start(url, "test", "postgres");
            try {
                assertThat(a.getBean(Scheduler.class).getMetaData().isJobStoreClustered()).isTrue();
                AtomicInteger executionsOnA = new AtomicInteger();
                countExecutions(a, executionsOnA);

                a.getBean(MutableClock.class).set(Instant.now());
                Community community = a.getBean(Communities.class).findOrCreate(Fixtures.channel("C-ONCE"));
                long id = a.getBean(Schedules.class).add(community, ScheduledAction.WORD,
                        ScheduleSpecParser.parse("*/2 * * * * ?"), ZoneOffset.UTC).id();
                await().atMost(Duration.ofSeconds(60)).until(() -> count(jdbc, "checkin WHERE schedule_id = " + id) >= 6);
                a.getBean(Scheduler.class).pauseAll();
                // a firing acquired just before the pause completes: wait for 1.5 s with no run under way
                await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(15))
                        .until(() -> count(jdbc, "schedule_run WHERE outcome = 'RUNNING'") == 0);

                List<Instant> runs = jdbc.sql("SELECT scheduled_for FROM schedule_run WHERE schedule_id = ? "
                        + "AND outcome = 'DONE'").param(id).query(Instant.class).list();
                int postsOnA = a.getBean(RecordingChatPlatform.class).sent("post").size();
                long postsOnB = b.lines().stream().filter(line -> line.startsWith("POSTED")).count();
                long executionsOnB = b.lines().stream().filter(line -> line.startsWith("EXECUTED")).count();
                System.out.printf("%d runs: replica a posted %d, replica b %d%n", runs.size(), postsOnA, postsOnB);

                assertThat(runs).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(6);
                assertThat(count(jdbc, "schedule_run WHERE outcome <> 'DONE'")).isZero();
                assertThat(count(jdbc, "checkin WHERE schedule_id = " + id)).isEqualTo(runs.size());
                assertThat(postsOnA + postsOnB).as("posts across both replicas").isEqualTo(runs.size());
                // Quartz itself fired each time on one replica only; the run table is the second guard
                assertThat(executionsOnA.get() + executionsOnB).as("Quartz executions across both replicas")
                        .isEqualTo(runs.size());
            } finally {
                a.close();
            }
        }
    }

    @Test
    void aRunWhoseReplicaIsKilledMidwayIsTakenOverByAnotherReplicaOnce() throws Exception {
        String url = database("takeover");
        JdbcClient jdbc = jdbc("takeover");
        try (ChildJvm doomed = ChildJvm.start(ClusterNodeApp.class, logs.resolve("replica-a.log"),
                concat(new String[] {"hang:4"}, arguments(url)))) {
            doomed.awaitLine(line -> line.startsWith("POSTING"), Duration.ofSeconds(120));
            long id = Long.parseLong(doomed.awaitLine(line -> line.startsWith("SCHEDULE "), Duration.ofSeconds(5))
                    .split(" ")[1]);
            assertThat(jdbc.sql("SELECT outcome FROM schedule_run WHERE schedule_id = ?").param(id)
                    .query(String.class).list()).containsExactly("RUNNING");

            ConfigurableApplicationContext b = start(url, "test", "postgres");
            try {
                doomed.kill();
                RecordingChatPlatform platform = b.getBean(RecordingChatPlatform.class);
                await().atMost(Duration.ofSeconds(60)).until(() -> platform.sent("post").size() >= 1);
                await().atMost(Duration.ofSeconds(10)).until(() -> count(jdbc, "schedule_run WHERE outcome = 'DONE'") == 1);
                // a second recovery or firing would show up within these 3 s
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                        .until(() -> platform.sent("post").size() == 1);
                assertThat(platform.sent("post")).hasSize(1);
                assertThat(count(jdbc, "checkin WHERE schedule_id = " + id)).isEqualTo(1);
                assertThat(jdbc.sql("SELECT outcome FROM schedule_run WHERE schedule_id = ?").param(id)
                        .query(String.class).list()).containsExactly("DONE");
            } finally {
                b.close();
            }
        }
    }

    private static ConfigurableApplicationContext start(String url, String... profiles) {
        return new SpringApplicationBuilder(CopCheckinApplication.class, CoreTestConfiguration.class)
                .profiles(profiles).run(arguments(url));
    }

    private static String[] arguments(String url) {
        return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--server.port=0", "--spring.datasource.hikari.maximum-pool-size=5",
                "--spring.quartz.properties.org.quartz.scheduler.instanceName=" + SCHEDULER,
                // a stopped replica is noticed after about this interval plus Quartz's 7.5 s margin
                "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000"};
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static String database(String name) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    private static JdbcClient jdbc(String name) {
        DataSource dataSource = postgres.getDatabase("postgres", name);
        return JdbcClient.create(dataSource);
    }

    private static long count(JdbcClient jdbc, String fromWhere) {
        return jdbc.sql("SELECT count(*) FROM " + fromWhere).query(Long.class).single();
    }

    private static void countExecutions(ConfigurableApplicationContext context, AtomicInteger executions)
            throws Exception {
        context.getBean(Scheduler.class).getListenerManager().addJobListener(new JobListener() {
            @Override
            public String getName() {
                return "execution-counter";
            }

            @Override
            public void jobToBeExecuted(JobExecutionContext jobContext) {
                if ("cop-schedules".equals(jobContext.getJobDetail().getKey().getGroup())) {
                    executions.incrementAndGet(); // the minute sweep (reminders) is not a schedule's run
                }
            }

            @Override
            public void jobExecutionVetoed(JobExecutionContext jobContext) {
            }

            @Override
            public void jobWasExecuted(JobExecutionContext jobContext, org.quartz.JobExecutionException e) {
            }
        });
    }
}
