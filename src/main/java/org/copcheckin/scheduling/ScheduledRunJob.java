package org.copcheckin.scheduling;

import java.time.Instant;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Quartz job of every schedule: hands the firing to {@link ScheduledRuns}. */
@DisallowConcurrentExecution
class ScheduledRunJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRunJob.class);
    static final String SCHEDULE_ID = "scheduleId";

    private final ScheduledRuns runs;

    ScheduledRunJob(ScheduledRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(JobExecutionContext context) {
        long scheduleId = context.getMergedJobDataMap().getLong(SCHEDULE_ID);
        Instant scheduled = context.getScheduledFireTime().toInstant();
        if (context.isRecovering()) {
            // the time the dead instance's run was scheduled for (not when it fired: that is a few ms later
            // and would name another slot), so the interrupted run's RUNNING record is found and resumed
            scheduled = originalTime(context, Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS,
                    originalTime(context, Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_FIRETIME_IN_MILLISECONDS, scheduled));
        }
        runs.fire(scheduleId, scheduled, context.getFireTime().toInstant(), context.isRecovering());
        runs.schedule(scheduleId).ifPresent(schedule -> planNextDstFill(context, schedule));
    }

    private static Instant originalTime(JobExecutionContext context, String key, Instant otherwise) {
        String millis = context.getMergedJobDataMap().getString(key);
        return millis == null ? otherwise : Instant.ofEpochMilli(Long.parseLong(millis));
    }

    private static void planNextDstFill(JobExecutionContext context, Schedule schedule) {
        try {
            QuartzSchedules.planDstFill(context.getScheduler(), schedule, context.getFireTime().toInstant());
        } catch (SchedulerException e) {
            log.warn("Could not plan the daylight-saving fill-in run of schedule {}", schedule.id(), e);
        }
    }
}
