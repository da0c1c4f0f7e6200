package org.copcheckin.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.copcheckin.community.Community;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's schedules. Each one is a row of ours plus a Quartz job and cron trigger in the same database
 * and transaction, so schedules survive restarts and are never half-created.
 */
@Service
public class Schedules {

    private static final Logger log = LoggerFactory.getLogger(Schedules.class);
    static final String GROUP = "cop-schedules";
    static final int MAX_PER_COMMUNITY = 50;

    private final ScheduleStore store;
    private final ScheduledRuns runs;
    private final Scheduler scheduler;
    private final Clock clock;

    Schedules(ScheduleStore store, ScheduledRuns runs, Scheduler scheduler, Clock clock) {
        this.store = store;
        this.runs = runs;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** @throws InvalidScheduleException for a duplicate, an action not available yet, or too many schedules */
    @Transactional
    public Schedule add(Community community, ScheduledAction action, ScheduleSpec spec, ZoneId zone) {
        return add(community, action, spec, zone, false);
    }

    /**
     * @param followsCommunityZone whether the schedule moves with the community's zone (it was given none)
     * @throws InvalidScheduleException for a duplicate, an action not available yet, or too many schedules
     */
    @Transactional
    public Schedule add(Community community, ScheduledAction action, ScheduleSpec spec, ZoneId zone,
                        boolean followsCommunityZone) {
        if (!runs.canRun(action)) {
            throw new InvalidScheduleException("Scheduled `" + action.word() + "` runs are not available in this "
                    + "version yet; schedule a prompt (`challenge`, `word`, `glows-grows`) instead.");
        }
        Optional<Schedule> same = store.findSame(community.id(), action, spec.cron(), zone);
        if (same.isPresent()) {
            throw new InvalidScheduleException("This channel already has that schedule: #" + same.get().id()
                    + " (" + action.word() + ", " + spec.describe() + ", " + zone.getId() + "). Nothing changed.");
        }
        if (store.ofCommunity(community.id()).size() >= MAX_PER_COMMUNITY) {
            throw new InvalidScheduleException("This channel has " + MAX_PER_COMMUNITY
                    + " schedules already; remove one first.");
        }
        long id = store.insert(community.id(), action, spec, zone, followsCommunityZone, clock.instant());
        Schedule schedule = store.find(id).orElseThrow();
        try {
            scheduler.scheduleJob(job(schedule), trigger(schedule));
            planDstFill(scheduler, schedule, schedule.createdAt());
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not store schedule " + id + " in Quartz", e);
        }
        log.info("Added schedule {} ({}) to community {}", id, action.word(), community.id());
        return schedule;
    }

    /**
     * Moves the community's schedules without a zone of their own into its new zone: their Quartz triggers are
     * made again in it, so "weekly mon 09:00" is 09:00 there from the next run on. A schedule that would then
     * repeat another one of the same action and time stays where it was.
     *
     * @return how many schedules moved
     */
    @Transactional
    public int followCommunityZone(Community community, ZoneId zone) {
        int moved = 0;
        for (long id : store.followingCommunityZone(community.id())) {
            Schedule schedule = store.find(id).orElseThrow();
            if (schedule.zone().equals(zone)
                    || store.findSame(community.id(), schedule.action(), schedule.cron(), zone).isPresent()) {
                continue;
            }
            store.changeZone(id, zone);
            Schedule changed = store.find(id).orElseThrow();
            try {
                scheduler.rescheduleJob(triggerKey(id), trigger(changed, clock.instant()));
                planDstFill(scheduler, changed, clock.instant());
            } catch (SchedulerException e) {
                throw new IllegalStateException("Could not move schedule " + id + " in Quartz", e);
            }
            moved++;
        }
        log.info("Moved {} schedules of community {} to its new zone", moved, community.id());
        return moved;
    }

    public List<Schedule> list(Community community) {
        return store.ofCommunity(community.id());
    }

    /** Removes a schedule of this community; another community's schedule is left alone. */
    @Transactional
    public RemoveOutcome remove(Community community, long scheduleId) {
        Optional<Schedule> schedule = store.find(scheduleId);
        if (schedule.isEmpty()) {
            return RemoveOutcome.NOT_FOUND;
        }
        if (schedule.get().communityId() != community.id()) {
            return RemoveOutcome.OTHER_COMMUNITY;
        }
        try {
            scheduler.deleteJob(jobKey(scheduleId));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not remove schedule " + scheduleId + " from Quartz", e);
        }
        store.delete(scheduleId);
        log.info("Removed schedule {} from community {}", scheduleId, community.id());
        return RemoveOutcome.REMOVED;
    }

    /** A purged community's schedules leave Quartz with it. */
    @org.springframework.context.event.EventListener
    void on(org.copcheckin.community.CommunityPurged purged) {
        list(purged.community()).forEach(schedule -> remove(purged.community(), schedule.id()));
    }

    /** Each schedule with its next run in its own zone, its last run and its recent skipped or failed runs. */
    public List<ScheduleStatus> status(Community community) {
        return store.ofCommunity(community.id()).stream().map(this::status).toList();
    }

    public List<RunRecord> runs(long scheduleId) {
        return store.runs(scheduleId);
    }

    private ScheduleStatus status(Schedule schedule) {
        Optional<Date> next;
        try {
            // the cron trigger, or a daylight-saving fill-in run when that comes first
            next = scheduler.getTriggersOfJob(jobKey(schedule.id())).stream()
                    .map(Trigger::getNextFireTime).filter(java.util.Objects::nonNull).min(Date::compareTo);
        } catch (SchedulerException e) {
            log.warn("Could not read the next run of schedule {}", schedule.id(), e);
            next = Optional.empty();
        }
        return new ScheduleStatus(schedule, next.map(d -> d.toInstant().atZone(schedule.zone())),
                store.lastRun(schedule.id()), store.recentProblems(schedule.id(), 3));
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

    private static Trigger trigger(Schedule schedule, Instant from) {
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

    /** The result of {@link #remove}. */
    public enum RemoveOutcome {
        REMOVED, NOT_FOUND, OTHER_COMMUNITY
    }
}
