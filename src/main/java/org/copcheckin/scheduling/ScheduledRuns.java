package org.copcheckin.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.copcheckin.community.ChannelPauses;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.metrics.CopMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Carries out one firing of a schedule: works out which scheduled time it stands for, skips it when it is
 * later than its grace period, claims it in the run history (so it happens once, across restarts and
 * replicas), runs it and records the outcome.
 */
@Service
class ScheduledRuns {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final ScheduleStore store;
    private final Communities communities;
    private final ChannelPauses pauses;
    private final Map<ScheduledAction, ScheduledActionRunner> runners = new EnumMap<>(ScheduledAction.class);
    private final Clock clock;
    private final CopMetrics metrics;

    ScheduledRuns(ScheduleStore store, Communities communities, ChannelPauses pauses,
                  List<ScheduledActionRunner> runners, Clock clock, CopMetrics metrics) {
        this.store = store;
        this.communities = communities;
        this.pauses = pauses;
        this.clock = clock;
        this.metrics = metrics;
        runners.forEach(runner -> runner.actions().forEach(action -> this.runners.put(action, runner)));
    }

    Optional<Schedule> schedule(long scheduleId) {
        return store.find(scheduleId);
    }

    boolean canRun(ScheduledAction action) {
        return runners.containsKey(action);
    }

    /**
     * @param quartzScheduledTime the time Quartz says it meant to fire (after a misfire: the recovery time)
     * @param firedAt             when Quartz actually fired it
     * @param recovering          Quartz re-runs a job whose instance died while running it
     */
    RunOutcome fire(long scheduleId, Instant quartzScheduledTime, Instant firedAt, boolean recovering) {
        Optional<Schedule> found = store.find(scheduleId);
        if (found.isEmpty()) {
            log.info("Schedule {} no longer exists; nothing to run", scheduleId);
            return RunOutcome.SKIPPED;
        }
        Schedule schedule = found.get();
        Instant now = clock.instant();
        Instant since = store.lastRun(scheduleId).map(RunRecord::scheduledFor).orElse(schedule.createdAt());
        MissedRuns.Slot slot = MissedRuns.slotFor(schedule.cron(), schedule.zone(), since, quartzScheduledTime);
        Duration grace = schedule.action().grace();
        if (MissedRuns.tooLate(slot, firedAt, grace)) {
            String detail = "missed while the app was down: " + minutesLate(slot, firedAt) + " min late, grace "
                    + grace.toMinutes() + " min" + alsoMissed(slot);
            if (store.claim(scheduleId, slot.scheduledFor(), now, RunOutcome.SKIPPED, detail)) {
                log.warn("Schedule {} run for {} skipped: {}", scheduleId, slot.scheduledFor(), detail);
                return counted(schedule, RunOutcome.SKIPPED);
            }
            return RunOutcome.SKIPPED;
        }
        if (!store.claim(scheduleId, slot.scheduledFor(), now, RunOutcome.RUNNING, null)) {
            Optional<RunRecord> existing = store.run(scheduleId, slot.scheduledFor());
            if (!(recovering && existing.map(r -> r.outcome() == RunOutcome.RUNNING).orElse(false))) {
                log.info("Schedule {} run for {} already claimed; not running it again", scheduleId, slot.scheduledFor());
                return existing.map(RunRecord::outcome).orElse(RunOutcome.SKIPPED);
            }
            log.warn("Schedule {} run for {} resumed after its instance stopped", scheduleId, slot.scheduledFor());
        }
        return execute(schedule, slot);
    }

    private RunOutcome execute(Schedule schedule, MissedRuns.Slot slot) {
        ScheduledActionRunner runner = runners.get(schedule.action());
        Optional<Community> community = communities.find(schedule.communityId());
        if (runner == null || community.isEmpty()) {
            String why = runner == null ? "no runner for " + schedule.action().word() : "community is gone";
            store.finish(schedule.id(), slot.scheduledFor(), RunOutcome.SKIPPED, why);
            return counted(schedule, RunOutcome.SKIPPED);
        }
        Optional<ChannelPauses.Pause> paused = pauses.of(community.get());
        if (paused.isPresent()) {
            store.finish(schedule.id(), slot.scheduledFor(), RunOutcome.SKIPPED, "paused: " + paused.get().why().words());
            log.info("Schedule {} run for {} skipped: its community is paused", schedule.id(), slot.scheduledFor());
            return counted(schedule, RunOutcome.SKIPPED);
        }
        try {
            String detail = runner.run(community.get(), schedule);
            store.finish(schedule.id(), slot.scheduledFor(), RunOutcome.DONE, detail + alsoMissed(slot));
            log.info("Schedule {} ran for {}: {}", schedule.id(), slot.scheduledFor(), detail);
            return counted(schedule, RunOutcome.DONE);
        } catch (RuntimeException e) {
            String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            store.finish(schedule.id(), slot.scheduledFor(), RunOutcome.FAILED, detail);
            log.error("Schedule {} run for {} failed: {}", schedule.id(), slot.scheduledFor(), e.getClass().getName());
            return counted(schedule, RunOutcome.FAILED);
        }
    }

    /** Counts the runs this instance carried out or skipped; a run another replica claimed is not counted here. */
    private RunOutcome counted(Schedule schedule, RunOutcome outcome) {
        metrics.scheduledRun(schedule.action().word(), outcome.name());
        return outcome;
    }

    private static long minutesLate(MissedRuns.Slot slot, Instant firedAt) {
        return Duration.between(slot.scheduledFor(), firedAt).toMinutes();
    }

    private static String alsoMissed(MissedRuns.Slot slot) {
        return slot.earlierMissed() == 0 ? "" : " (" + slot.earlierMissed() + " earlier run(s) missed while down)";
    }
}
