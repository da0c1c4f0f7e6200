package org.copcheckin.ops;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.copcheckin.CopCheckinApplication;
import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.checkins.ReplyOutcome;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.scheduling.ScheduleSpecParser;
import org.copcheckin.scheduling.ScheduledAction;
import org.copcheckin.scheduling.Schedules;
import org.copcheckin.support.Fixtures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application under {@link DurabilityTest}, in its own JVM so the test can SIGKILL it, with a platform that
 * answers every post with a fresh thread id (see {@link ClusterNodeApp}): it posts a check-in,
 * adds schedules, prints their ids, then feeds replies through {@link ReplyIntake} as fast as they are taken
 * and prints {@code ACK <message id>} for each one the intake returned for, which is the moment a platform
 * adapter acknowledges to Slack or Discord. The arguments are Spring command-line arguments.
 */
public final class DurabilityTestApp {

    static final String CHANNEL = "C-DURABLE";
    static final List<String> WHEN = List.of("* * * * * ?", "weekly mon 09:00", "monthly first tue 10:00");

    private DurabilityTestApp() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CopCheckinApplication.class,
                ClusterNodeApp.PlatformConfiguration.class).profiles("test").run(args);
        Community community = context.getBean(Communities.class).findOrCreate(Fixtures.channel(CHANNEL));
        CheckIn checkIn = context.getBean(CheckIns.class).post(community, PromptKind.WORD, null, OptionalLong.empty());
        List<String> ids = new ArrayList<>();
        for (String when : WHEN) {
            ids.add(String.valueOf(context.getBean(Schedules.class).add(community, ScheduledAction.WORD,
                    ScheduleSpecParser.parse(when), ZoneOffset.UTC).id()));
        }
        System.out.println("CHECKIN " + checkIn.id());
        System.out.println("SCHEDULES " + String.join(",", ids));
        ReplyIntake intake = context.getBean(ReplyIntake.class);
        for (int n = 1; ; n++) {
            String messageId = "m-" + n;
            ReplyOutcome outcome = intake.receive(Fixtures.reply(checkIn.thread(), "U-" + (n % 7), messageId,
                    "a reply that must never be stored"));
            System.out.println("ACK " + messageId + " " + outcome);
        }
    }
}
