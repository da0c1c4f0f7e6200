package org.copcheckin.pairing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for rounds, their groups and the introductions sent. */
@Repository
class RoundStore {

    private static final String ROUND = "SELECT id, started_at, trigger_kind, outcome, groups_total, groups_failed, "
            + "reason FROM pairing_round ";

    private final JdbcClient jdbc;

    RoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRound(NewRound round, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        OptionalLong schedule = round.trigger().scheduleId();
        jdbc.sql("INSERT INTO pairing_round (community_id, seed, group_size, trigger_kind, schedule_id, outcome, reason, "
                        + "members_considered, members_excluded, groups_total, started_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(round.communityId(), round.seed(), round.size(), round.trigger().kind().name(),
                        schedule.isPresent() ? schedule.getAsLong() : null, round.outcome().name(),
                        round.reason() == null ? null : abbreviate(round.reason()), round.considered(),
                        round.excluded(), round.groups(), Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void finishRound(long roundId, RoundOutcome outcome, int failedGroups, Instant now) {
        jdbc.sql("UPDATE pairing_round SET outcome = ?, groups_failed = ?, finished_at = ? WHERE id = ?")
                .params(outcome.name(), failedGroups, Timestamp.from(now), roundId)
                .update();
    }

    long insertGroup(long roundId, int groupNo, List<String> members) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO pairing_group (round_id, group_no) VALUES (?, ?)").params(roundId, groupNo)
                .update(key, "id");
        long groupId = key.getKey().longValue();
        for (int seat = 0; seat < members.size(); seat++) {
            jdbc.sql("INSERT INTO pairing_group_member (group_id, user_id, seat) VALUES (?, ?, ?)")
                    .params(groupId, members.get(seat), seat).update();
        }
        return groupId;
    }

    /** What the round's groups do (recorded after the round, so {@link NewRound} stays as it was). */
    void setActivity(long roundId, Activity activity) {
        jdbc.sql("UPDATE pairing_round SET activity = ? WHERE id = ?").params(activity.name(), roundId).update();
    }

    Activity activity(long roundId) {
        return Activity.valueOf(jdbc.sql("SELECT activity FROM pairing_round WHERE id = ?").param(roundId)
                .query(String.class).single());
    }

    /** The region an eco-map group charts. */
    void setRegion(long groupId, String region) {
        jdbc.sql("UPDATE pairing_group SET region = ? WHERE id = ?").params(region, groupId).update();
    }

    Optional<String> region(long groupId) {
        return jdbc.sql("SELECT region FROM pairing_group WHERE id = ?").param(groupId).query(String.class).optional();
    }

    /** The round's groups in order, members by seat. */
    List<StoredGroup> groups(long roundId) {
        Map<Long, StoredGroup> groups = new LinkedHashMap<>();
        jdbc.sql("SELECT g.id, g.delivered_at, g.failure, m.user_id FROM pairing_group g "
                        + "JOIN pairing_group_member m ON m.group_id = g.id WHERE g.round_id = ? ORDER BY g.group_no, m.seat")
                .param(roundId)
                .query(rs -> {
                    long id = rs.getLong("id");
                    if (!groups.containsKey(id)) {
                        groups.put(id, new StoredGroup(id, new ArrayList<>(), rs.getTimestamp("delivered_at") != null,
                                rs.getString("failure") != null));
                    }
                    groups.get(id).members().add(rs.getString("user_id"));
                });
        return List.copyOf(groups.values());
    }

    /**
     * The latest round started since {@code since} that may still be finished: one interrupted while running,
     * and, when {@code partialToo}, one that left groups unintroduced.
     */
    Optional<RoundSummary> unfinished(long communityId, Instant since, boolean partialToo) {
        return jdbc.sql(ROUND + "WHERE community_id = ? AND outcome IN ('RUNNING', ?) AND started_at >= ? "
                        + "ORDER BY started_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
                .params(communityId, partialToo ? RoundOutcome.PARTIAL.name() : RoundOutcome.RUNNING.name(),
                        Timestamp.from(since))
                .query(RoundStore::summary).optional();
    }

    Optional<RoundSummary> last(long communityId) {
        return jdbc.sql(ROUND + "WHERE community_id = ? ORDER BY started_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
                .param(communityId).query(RoundStore::summary).optional();
    }

    /** Rounds that made groups: the seed of the next one, and whether this is the community's first. */
    int roundsWithGroups(long communityId) {
        return jdbc.sql("SELECT COUNT(*) FROM pairing_round WHERE community_id = ? AND groups_total > 0")
                .param(communityId).query(Integer.class).single();
    }

    /** Whether any group of an earlier round was introduced: the first round also explains how to opt out. */
    boolean anyIntroducedBefore(long communityId, long roundId) {
        return jdbc.sql("SELECT COUNT(*) FROM pairing_group g JOIN pairing_round r ON r.id = g.round_id "
                        + "WHERE r.community_id = ? AND r.id < ? AND g.delivered_at IS NOT NULL")
                .params(communityId, roundId).query(Integer.class).single() > 0;
    }

    int introductionsFor(long roundId, List<String> members) {
        int count = 0;
        for (String member : members) {
            count += jdbc.sql("SELECT COUNT(*) FROM pairing_introduction WHERE round_id = ? AND user_id = ?")
                    .params(roundId, member).query(Integer.class).single();
        }
        return count;
    }

    void claimIntroductions(long roundId, long groupId, List<String> members, Instant now) {
        for (String member : members) {
            jdbc.sql("INSERT INTO pairing_introduction (round_id, user_id, group_id, status, sent_at) VALUES (?, ?, ?, ?, ?)")
                    .params(roundId, member, groupId, "SENDING", Timestamp.from(now)).update();
        }
    }

    void releaseIntroductions(long groupId) {
        jdbc.sql("DELETE FROM pairing_introduction WHERE group_id = ?").param(groupId).update();
    }

    void delivered(long groupId, String conversationId, Instant now) {
        jdbc.sql("UPDATE pairing_introduction SET status = 'SENT' WHERE group_id = ?").param(groupId).update();
        jdbc.sql("UPDATE pairing_group SET conversation_id = ?, delivered_at = ?, failure = NULL WHERE id = ?")
                .params(conversationId, Timestamp.from(now), groupId).update();
    }

    void failed(long groupId, String failure) {
        jdbc.sql("UPDATE pairing_group SET failure = ? WHERE id = ?").params(abbreviate(failure), groupId).update();
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    private static RoundSummary summary(ResultSet rs, int row) throws SQLException {
        return new RoundSummary(rs.getLong("id"), rs.getTimestamp("started_at").toInstant(),
                RoundTrigger.Kind.valueOf(rs.getString("trigger_kind")), RoundOutcome.valueOf(rs.getString("outcome")),
                rs.getInt("groups_total"), rs.getInt("groups_failed"), Optional.ofNullable(rs.getString("reason")));
    }

    /** A round about to be recorded, with what is known when it starts. */
    record NewRound(long communityId, long seed, int size, RoundTrigger trigger, RoundOutcome outcome, String reason,
                    int considered, int excluded, int groups) {
    }

    /** How far a round got: groups introduced, groups that failed and are not introduced, the latest introduction. */
    Progress progress(long roundId) {
        return jdbc.sql("SELECT COUNT(delivered_at) AS introduced, "
                        + "SUM(CASE WHEN delivered_at IS NULL AND failure IS NOT NULL THEN 1 ELSE 0 END) AS failed, "
                        + "MAX(delivered_at) AS latest FROM pairing_group WHERE round_id = ?")
                .param(roundId)
                .query((rs, row) -> new Progress(rs.getInt("introduced"), rs.getInt("failed"),
                        Optional.ofNullable(rs.getTimestamp("latest")).map(Timestamp::toInstant)))
                .single();
    }

    /** A group as stored: its members by seat, whether it was introduced and whether its last try failed. */
    record StoredGroup(long id, List<String> members, boolean delivered, boolean failed) {
    }

    record Progress(int introduced, int failed, Optional<Instant> lastIntroduced) {
    }
}
