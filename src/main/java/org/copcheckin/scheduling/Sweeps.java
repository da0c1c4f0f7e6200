package org.copcheckin.scheduling;

import java.util.List;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the one-minute {@link SweepJob} in Quartz's job store when any {@link Sweep} exists. Every replica makes
 * sure it is there at start-up; the job store keeps one, and a missed firing is not caught up (the next one looks
 * at everything due anyway).
 */
@Component
class Sweeps {

    private static final Logger log = LoggerFactory.getLogger(Sweeps.class);
    static final JobKey JOB = JobKey.jobKey("sweep-every-minute", "cop-sweeps");
    static final TriggerKey TRIGGER = TriggerKey.triggerKey("sweep-every-minute", "cop-sweeps");

    private final Scheduler scheduler;
    private final List<Sweep> sweeps;

    Sweeps(Scheduler scheduler, List<Sweep> sweeps) {
        this.scheduler = scheduler;
        this.sweeps = sweeps;
    }

    @EventListener(ApplicationReadyEvent.class)
    void keepTheJob() {
        if (sweeps.isEmpty()) {
            return;
        }
        try {
            if (scheduler.checkExists(TRIGGER)) {
                return;
            }
            JobDetail job = JobBuilder.newJob(SweepJob.class).withIdentity(JOB).storeDurably()
                    .withDescription("reminders and other work that falls due").build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity(TRIGGER).forJob(JOB).startNow()
                    .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
            scheduler.scheduleJob(job, java.util.Set.of(trigger), true);
        } catch (ObjectAlreadyExistsException anotherReplica) {
            log.debug("The sweep job was added by another replica");
        } catch (SchedulerException e) {
            log.warn("Could not keep the sweep job in Quartz: {}", e.getClass().getSimpleName());
        }
    }
}
