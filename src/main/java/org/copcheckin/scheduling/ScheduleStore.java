package org.copcheckin.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for schedules and their run history. */
@Repository
class ScheduleStore {

    private static final String SCHEDULE = "SELECT id, community_id, action, spec, cron, time_zone, created_at FROM schedule ";
    private static final String RUN = "SELECT schedule_id, scheduled_for, started_at, outcome, detail FROM schedule_run ";

    private final JdbcClient jdbc;

    ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long communityId, ScheduledAction action, ScheduleSpec spec, ZoneId zone, boolean followsCommunity,
                Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO schedule (community_id, action, spec, cron, time_zone, follows_community_zone, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(communityId, action.name(), spec.describe(), spec.cron(), zone.getId(), followsCommunity,
                        Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Schedule> find(long id) {
        return jdbc.sql(SCHEDULE + "WHERE id = ?").param(id).query(ScheduleStore::schedule).optional();
    }

    Optional<Schedule> findSame(long communityId, ScheduledAction action, String cron, ZoneId zone) {
        return jdbc.sql(SCHEDULE + "WHERE community_id = ? AND action = ? AND cron = ? AND time_zone = ?")
                .params(communityId, action.name(), cron, zone.getId()).query(ScheduleStore::schedule).optional();
    }

    List<Schedule> ofCommunity(long communityId) {
        return jdbc.sql(SCHEDULE + "WHERE community_id = ? ORDER BY id").param(communityId)
                .query(ScheduleStore::schedule).list();
    }

    List<Schedule> all() {
        return jdbc.sql(SCHEDULE + "ORDER BY id").query(ScheduleStore::schedule).list();
    }

    /** The community's schedules that have no zone of their own. */
    List<Long> followingCommunityZone(long communityId) {
        return jdbc.sql("SELECT id FROM schedule WHERE community_id = ? AND follows_community_zone ORDER BY id")
                .param(communityId).query(Long.class).list();
    }

    void changeZone(long id, ZoneId zone) {
        jdbc.sql("UPDATE schedule SET time_zone = ? WHERE id = ?").params(zone.getId(), id).update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM schedule WHERE id = ?").param(id).update();
    }

    /** @return false when this run was already claimed (by another instance, or before a restart) */
    boolean claim(long scheduleId, Instant scheduledFor, Instant now, RunOutcome outcome, String detail) {
        try {
            return insertRun(scheduleId, scheduledFor, now, outcome, detail);
        } catch (DuplicateKeyException claimedConcurrently) {
            // another replica inserted the same run between our check and our insert
            return false;
        }
    }

    private boolean insertRun(long scheduleId, Instant scheduledFor, Instant now, RunOutcome outcome, String detail) {
        return jdbc.sql("INSERT INTO schedule_run (schedule_id, scheduled_for, started_at, outcome, detail) "
                        + "SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM schedule_run WHERE schedule_id = ? AND scheduled_for = ?)")
                .params(scheduleId, Timestamp.from(scheduledFor), Timestamp.from(now), outcome.name(), detail,
                        scheduleId, Timestamp.from(scheduledFor))
                .update() == 1;
    }

    Optional<RunRecord> run(long scheduleId, Instant scheduledFor) {
        return jdbc.sql(RUN + "WHERE schedule_id = ? AND scheduled_for = ?")
                .params(scheduleId, Timestamp.from(scheduledFor)).query(ScheduleStore::run).optional();
    }

    void finish(long scheduleId, Instant scheduledFor, RunOutcome outcome, String detail) {
        jdbc.sql("UPDATE schedule_run SET outcome = ?, detail = ? WHERE schedule_id = ? AND scheduled_for = ?")
                .params(outcome.name(), truncate(detail), scheduleId, Timestamp.from(scheduledFor)).update();
    }

    // no JdbcClient stream() here: outside a transaction (every Quartz run) an unclosed stream leaks its connection
    Optional<RunRecord> lastRun(long scheduleId) {
        return jdbc.sql(RUN + "WHERE schedule_id = ? ORDER BY scheduled_for DESC FETCH FIRST 1 ROWS ONLY")
                .param(scheduleId).query(ScheduleStore::run).optional();
    }

    List<RunRecord> runs(long scheduleId) {
        return jdbc.sql(RUN + "WHERE schedule_id = ? ORDER BY scheduled_for").param(scheduleId)
                .query(ScheduleStore::run).list();
    }

    List<RunRecord> recentProblems(long scheduleId, int limit) {
        return jdbc.sql(RUN + "WHERE schedule_id = ? AND outcome IN ('SKIPPED', 'FAILED') ORDER BY scheduled_for DESC "
                        + "FETCH FIRST " + limit + " ROWS ONLY")
                .param(scheduleId).query(ScheduleStore::run).list();
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 300 ? detail : detail.substring(0, 297) + "...";
    }

    private static Schedule schedule(ResultSet rs, int row) throws SQLException {
        return new Schedule(rs.getLong("id"), rs.getLong("community_id"), ScheduledAction.valueOf(rs.getString("action")),
                rs.getString("spec"), rs.getString("cron"), ZoneId.of(rs.getString("time_zone")),
                rs.getTimestamp("created_at").toInstant());
    }

    private static RunRecord run(ResultSet rs, int row) throws SQLException {
        return new RunRecord(rs.getLong("schedule_id"), rs.getTimestamp("scheduled_for").toInstant(),
                rs.getTimestamp("started_at").toInstant(), RunOutcome.valueOf(rs.getString("outcome")),
                rs.getString("detail"));
    }
}
