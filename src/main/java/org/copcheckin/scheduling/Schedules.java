package org.copcheckin.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.copcheckin.community.Community;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's schedules. Each one is a row of ours plus a Quartz job and cron trigger in the same database
 * and transaction, so schedules survive restarts and are never half-created. How they look in Quartz is
 * {@link QuartzSchedules}; what a refused schedule is told, {@link ScheduleRefusals}.
 */
@Service
public class Schedules {

    private static final Logger log = LoggerFactory.getLogger(Schedules.class);
    static final int MAX_PER_COMMUNITY = 50;

    private final ScheduleStore store;
    private final Scheduler scheduler;
    private final Clock clock;

    Schedules(ScheduleStore store, Scheduler scheduler, Clock clock) {
        this.store = store;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** @throws InvalidScheduleException for a duplicate or too many schedules */
    @Transactional
    public Schedule add(Community community, ScheduledAction action, ScheduleSpec spec, ZoneId zone) {
        return add(community, action, spec, zone, false);
    }

    /**
     * @param followsCommunityZone whether the schedule moves with the community's zone (it was given none)
     * @throws InvalidScheduleException for a duplicate or too many schedules
     */
    @Transactional
    public Schedule add(Community community, ScheduledAction action, ScheduleSpec spec, ZoneId zone,
                        boolean followsCommunityZone) {
        Optional<Schedule> same = store.findSame(community.id(), action, spec.cron(), zone);
        if (same.isPresent()) {
            throw ScheduleRefusals.duplicate(same.get(), spec, zone);
        }
        if (store.ofCommunity(community.id()).size() >= MAX_PER_COMMUNITY) {
            throw ScheduleRefusals.tooMany(MAX_PER_COMMUNITY);
        }
        long id = store.insert(community.id(), action, spec, zone, followsCommunityZone, clock.instant());
        Schedule schedule = store.find(id).orElseThrow();
        try {
            scheduler.scheduleJob(QuartzSchedules.job(schedule), QuartzSchedules.trigger(schedule));
            QuartzSchedules.planDstFill(scheduler, schedule, schedule.createdAt());
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
                scheduler.rescheduleJob(QuartzSchedules.triggerKey(id), QuartzSchedules.trigger(changed, clock.instant()));
                QuartzSchedules.planDstFill(scheduler, changed, clock.instant());
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
            scheduler.deleteJob(QuartzSchedules.jobKey(scheduleId));
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
        Optional<Instant> next;
        try {
            next = QuartzSchedules.nextRun(scheduler, schedule);
        } catch (SchedulerException e) {
            log.warn("Could not read the next run of schedule {}", schedule.id(), e);
            next = Optional.empty();
        }
        return new ScheduleStatus(schedule, next.map(at -> at.atZone(schedule.zone())),
                store.lastRun(schedule.id()), store.recentProblems(schedule.id(), 3));
    }

    /** The result of {@link #remove}. */
    public enum RemoveOutcome {
        REMOVED, NOT_FOUND, OTHER_COMMUNITY
    }
}
