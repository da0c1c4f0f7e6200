package org.copcheckin.ops;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

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
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A replica in its own JVM for {@link ClusteredSchedulingTest}; Quartz keeps its database connections per
 * scheduler name JVM-wide, so two replicas of one cluster cannot share a JVM. It prints {@code EXECUTED} for
 * every Quartz job execution, {@code CLUSTERED true|false}, and {@code READY} once started. First argument, the
 * mode:
 * <ul>
 *   <li>{@code record}: without the postgres profile (the URL alone selects the PostgreSQL settings); posts
 *   succeed and print {@code POSTED};</li>
 *   <li>{@code hang:<seconds>}: adds a schedule that runs once that many seconds after start-up, prints
 *   {@code SCHEDULE <id>}, and its platform prints {@code POSTING} and then blocks for ever, so the test can
 *   kill the JVM while the run is half done.</li>
 * </ul>
 * The remaining arguments are Spring command-line arguments (datasource, ports).
 */
public final class ClusterNodeApp {

    static final ChannelRef CHANNEL = Fixtures.channel("C-CLUSTER");

    private ClusterNodeApp() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        boolean hang = mode.startsWith("hang:");
        PrintingPlatform.hang = hang;
        // the recording replica has no postgres profile: its PostgreSQL URL alone must make Quartz clustered
        String[] profiles = hang ? new String[] {"test", "postgres"} : new String[] {"test"};
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CopCheckinApplication.class,
                PlatformConfiguration.class).profiles(profiles).run(Arrays.copyOfRange(args, 1, args.length));
        System.out.println("CLUSTERED " + context.getBean(Scheduler.class).getMetaData().isJobStoreClustered());
        context.getBean(Scheduler.class).getListenerManager().addJobListener(new PrintingJobListener());
        System.out.println("READY");
        if (hang) {
            Community community = context.getBean(Communities.class).findOrCreate(CHANNEL);
            String cron = onceAt(Instant.now().plusSeconds(Long.parseLong(mode.substring("hang:".length()))));
            long id = context.getBean(Schedules.class).add(community, ScheduledAction.WORD,
                    ScheduleSpecParser.parse(cron), ZoneOffset.UTC).id();
            System.out.println("SCHEDULE " + id + " " + cron);
        }
    }

    /** A cron expression (with its year field) that names exactly one second, in UTC. */
    static String onceAt(Instant instant) {
        ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
        return "%d %d %d %d %d ? %d".formatted(t.getSecond(), t.getMinute(), t.getHour(), t.getDayOfMonth(),
                t.getMonthValue(), t.getYear());
    }

    /** Deliberately not a {@code @Configuration}: component scanning would put it into every test context. */
    static class PlatformConfiguration {
        @Bean
        ChatPlatform printingPlatform() {
            return new PrintingPlatform();
        }
    }

    private static final class PrintingJobListener implements JobListener {
        @Override
        public String getName() {
            return "printing";
        }

        @Override
        public void jobToBeExecuted(JobExecutionContext context) {
            if (!"cop-schedules".equals(context.getJobDetail().getKey().getGroup())) {
                return; // the minute sweep (reminders) is not a schedule's run
            }
            System.out.println("EXECUTED " + context.getScheduledFireTime().toInstant());
        }

        @Override
        public void jobExecutionVetoed(JobExecutionContext context) {
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException jobException) {
        }
    }

    /** Prints what it posts, or hangs on the first post as a replica whose process stalls half-way. */
    static final class PrintingPlatform extends PostOnlyPlatform {

        static volatile boolean hang;

        @Override
        public ThreadRef postToChannel(ChannelRef channel, Message message) {
            if (!hang) {
                System.out.println("POSTED " + channel.channelId());
                return new ThreadRef(channel, "child-" + UUID.randomUUID());
            }
            System.out.println("POSTING " + channel.channelId());
            System.out.flush();
            try {
                new CountDownLatch(1).await(); // never opened: the process is killed while it waits
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("interrupted while hanging");
        }

    }
}
