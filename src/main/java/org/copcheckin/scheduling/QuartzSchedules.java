package org.copcheckin.scheduling;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * How a {@link Schedule} is kept in Quartz: one durable job, its cron trigger in the schedule's zone, and a one-off
 * trigger for a run a daylight-saving gap would skip.
 */
final class QuartzSchedules {

    static final String GROUP = "cop-schedules";

    private QuartzSchedules() {
    }

    static JobDetail job(Schedule schedule) {
        return JobBuilder.newJob(ScheduledRunJob.class)
                .withIdentity(jobKey(schedule.id()))
                .withDescription("community " + schedule.communityId() + ": " + schedule.action().word())
                .usingJobData(ScheduledRunJob.SCHEDULE_ID, schedule.id())
                .requestRecovery(true)
                .build();
    }

    static Trigger trigger(Schedule schedule) {
        return trigger(schedule, schedule.createdAt());
    }

    static Trigger trigger(Schedule schedule, Instant from) {
        return TriggerBuilder.newTrigger()
                .withIdentity(triggerKey(schedule.id()))
                .forJob(jobKey(schedule.id()))
                .startAt(Date.from(from))
                .withSchedule(CronScheduleBuilder.cronSchedule(schedule.cron())
                        .inTimeZone(TimeZone.getTimeZone(schedule.zone()))
                        // a run missed while down fires once; ScheduledRuns then applies the grace period
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /**
     * Keeps one extra one-off trigger per schedule for its next run that a DST gap would make Quartz skip.
     * Called when the schedule is added and after each run.
     */
    static void planDstFill(Scheduler scheduler, Schedule schedule, Instant after) throws SchedulerException {
        TriggerKey key = dstFillKey(schedule.id());
        Optional<Instant> skipped = DstGaps.nextSkippedRun(schedule.cron(), schedule.zone(), after);
        Trigger existing = scheduler.getTrigger(key);
        if (skipped.isEmpty()) {
            if (existing != null) {
                scheduler.unscheduleJob(key);
            }
            return;
        }
        if (existing != null && existing.getStartTime().toInstant().equals(skipped.get())) {
            return;
        }
        Trigger fill = TriggerBuilder.newTrigger()
                .withIdentity(key)
                .forJob(jobKey(schedule.id()))
                .startAt(Date.from(skipped.get()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        if (existing == null) {
            scheduler.scheduleJob(fill);
        } else {
            scheduler.rescheduleJob(key, fill);
        }
    }

    static TriggerKey dstFillKey(long scheduleId) {
        return TriggerKey.triggerKey("schedule-" + scheduleId + "-dst", GROUP);
    }

    static JobKey jobKey(long scheduleId) {
        return JobKey.jobKey("schedule-" + scheduleId, GROUP);
    }

    static TriggerKey triggerKey(long scheduleId) {
        return TriggerKey.triggerKey("schedule-" + scheduleId, GROUP);
    }

    /** The schedule's next run: its cron trigger, or a daylight-saving fill-in run when that comes first. */
    static Optional<Instant> nextRun(Scheduler scheduler, Schedule schedule) throws SchedulerException {
        return scheduler.getTriggersOfJob(jobKey(schedule.id())).stream()
                .map(Trigger::getNextFireTime).filter(java.util.Objects::nonNull).min(Date::compareTo)
                .map(Date::toInstant);
    }
}
