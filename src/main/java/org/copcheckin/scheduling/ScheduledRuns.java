package org.copcheckin.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.copcheckin.calendar.CalendarSkip;
import org.copcheckin.calendar.SchoolCalendar;
import org.copcheckin.community.ChannelPauses;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.metrics.CopMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out one firing of a schedule: works out which scheduled time it stands for, skips it when it is
 * later than its grace period, claims it in the run history (so it happens once, across restarts and
 * replicas), runs it and records the outcome.
 */
@Service
class ScheduledRuns {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);
    /** The start of a run's detail when the school calendar skipped it: "school calendar: winter break". */
    static final String CALENDAR = "school calendar: ";
    static final String HANDED_OVER = "waiting for the replica that holds this community's connection";

    private final ScheduleStore store;
    private final Communities communities;
    private final ChannelPauses pauses;
    private final SchoolCalendar calendar;
    private final List<RunPlacement> placements;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Map<ScheduledAction, ScheduledActionRunner> runners = new EnumMap<>(ScheduledAction.class);
    private final Clock clock;
    private final CopMetrics metrics;

    ScheduledRuns(ScheduleStore store, Communities communities, ChannelPauses pauses, SchoolCalendar calendar,
                  List<ScheduledActionRunner> runners, List<RunPlacement> placements, JdbcClient jdbc,
                  TransactionTemplate transactions, Clock clock, CopMetrics metrics) {
        this.store = store;
        this.communities = communities;
        this.pauses = pauses;
        this.calendar = calendar;
        this.placements = List.copyOf(placements);
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.metrics = metrics;
        runners.forEach(runner -> runner.actions().forEach(action -> this.runners.put(action, runner)));
    }

    Optional<Schedule> schedule(long scheduleId) {
        return store.find(scheduleId);
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
        // the day the run was meant for, on the community's calendar (not the day it happened to fire)
        Optional<CalendarSkip> skipped = calendar.skipOn(community.get().id(),
                slot.scheduledFor().atZone(community.get().zone()).toLocalDate());
        if (skipped.isPresent()) {
            store.finish(schedule.id(), slot.scheduledFor(), RunOutcome.SKIPPED, CALENDAR + skipped.get().label());
            log.info("Schedule {} run for {} skipped: calendar skip {}", schedule.id(), slot.scheduledFor(),
                    skipped.get().id());
            return counted(schedule, RunOutcome.SKIPPED);
        }
        if (!runsHere(community.get())) {
            handOver(schedule, slot, community.get());
            return RunOutcome.RUNNING;
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

    /** Whether placements put the community's runs here; a community no placement handles runs anywhere. */
    private boolean runsHere(Community community) {
        return placements.stream().filter(placement -> placement.handles(community))
                .allMatch(placement -> placement.runsHere(community));
    }

    private void handOver(Schedule schedule, MissedRuns.Slot slot, Community community) {
        jdbc.sql("INSERT INTO run_handover (schedule_id, scheduled_for, community_id, handed_at, earlier_missed) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(schedule.id(), Timestamp.from(slot.scheduledFor()), community.id(),
                        Timestamp.from(clock.instant()), slot.earlierMissed())
                .update();
        store.finish(schedule.id(), slot.scheduledFor(), RunOutcome.RUNNING, HANDED_OVER);
        log.info("Schedule {} run for {} handed over to the replica that holds its community's connection",
                schedule.id(), slot.scheduledFor());
    }

    /** Whether any placement can keep a run from happening here, so handed-over runs are worth looking for. */
    boolean placesRuns() {
        return !placements.isEmpty();
    }

    /**
     * Carries out the runs handed over to this replica: those of communities it now holds. Deleting a run's
     * handover row claims it, so two replicas never both run it. A run that waited longer than its grace (the
     * replica holding the shard was down) is recorded as skipped, as a run missed while the app was down is.
     *
     * @return how many handed-over runs this call took
     */
    int takeHandedOver() {
        record Waiting(long scheduleId, Instant scheduledFor, long communityId, int earlierMissed) {
        }
        List<Waiting> waiting = jdbc.sql("SELECT schedule_id, scheduled_for, community_id, earlier_missed "
                        + "FROM run_handover ORDER BY scheduled_for FETCH FIRST 100 ROWS ONLY")
                .query((rs, row) -> new Waiting(rs.getLong("schedule_id"), rs.getTimestamp("scheduled_for").toInstant(),
                        rs.getLong("community_id"), rs.getInt("earlier_missed"))).list();
        int taken = 0;
        for (Waiting run : waiting) {
            Optional<Community> community = communities.find(run.communityId());
            if (community.isPresent() && !runsHere(community.get())) {
                continue;
            }
            Integer claimed = transactions.execute(status -> jdbc.sql(
                            "DELETE FROM run_handover WHERE schedule_id = ? AND scheduled_for = ?")
                    .params(run.scheduleId(), Timestamp.from(run.scheduledFor())).update());
            Optional<Schedule> schedule = store.find(run.scheduleId());
            if (claimed == null || claimed == 0 || schedule.isEmpty()) {
                continue;
            }
            taken++;
            MissedRuns.Slot slot = new MissedRuns.Slot(run.scheduledFor(), run.earlierMissed());
            Duration grace = schedule.get().action().grace();
            if (MissedRuns.tooLate(slot, clock.instant(), grace)) {
                String detail = "the replica holding this community's connection was away for longer than the grace ("
                        + grace.toMinutes() + " min)";
                store.finish(run.scheduleId(), run.scheduledFor(), RunOutcome.SKIPPED, detail);
                log.warn("Schedule {} run for {} skipped: {}", run.scheduleId(), run.scheduledFor(), detail);
                counted(schedule.get(), RunOutcome.SKIPPED);
                continue;
            }
            log.info("Schedule {} run for {} taken over from another replica", run.scheduleId(), run.scheduledFor());
            execute(schedule.get(), slot);
        }
        return taken;
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
