package org.copcheckin.pairing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for who met whom and for the "did you meet?" answers. */
@Repository
class MeetingStore {

    static final String MET = "MET";

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The community's pair history, {@code when} in epoch seconds. */
    PairHistory history(long communityId) {
        PairHistory history = PairHistory.empty();
        jdbc.sql("SELECT user_a, user_b, last_met_at FROM pair_history WHERE community_id = ?").param(communityId)
                .query(rs -> {
                    history.record(rs.getString("user_a"), rs.getString("user_b"),
                            rs.getTimestamp("last_met_at").toInstant().getEpochSecond());
                });
        return history;
    }

    /** Records that every two members of the group met now. */
    void recordMeeting(long communityId, List<String> group, Instant now) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                String a = group.get(i).compareTo(group.get(j)) < 0 ? group.get(i) : group.get(j);
                String b = a.equals(group.get(i)) ? group.get(j) : group.get(i);
                int updated = jdbc.sql("UPDATE pair_history SET last_met_at = ?, times_met = times_met + 1 "
                                + "WHERE community_id = ? AND user_a = ? AND user_b = ?")
                        .params(Timestamp.from(now), communityId, a, b).update();
                if (updated == 0) {
                    jdbc.sql("INSERT INTO pair_history (community_id, user_a, user_b, last_met_at, times_met) "
                            + "VALUES (?, ?, ?, ?, 1)").params(communityId, a, b, Timestamp.from(now)).update();
                }
            }
        }
    }

    /** The community a group belongs to, when the user is one of its members. */
    Optional<Long> communityOfMembership(long groupId, String userId) {
        return jdbc.sql("SELECT r.community_id FROM pairing_group_member m JOIN pairing_group g ON g.id = m.group_id "
                        + "JOIN pairing_round r ON r.id = g.round_id WHERE m.group_id = ? AND m.user_id = ?")
                .params(groupId, userId).query(Long.class).optional();
    }

    /** The latest group introduced in this private conversation that has this member: for a plain 'met' reply. */
    Optional<Long> groupOfConversation(String conversationId, String userId) {
        return jdbc.sql("SELECT g.id FROM pairing_group g JOIN pairing_group_member m ON m.group_id = g.id "
                        + "WHERE g.conversation_id = ? AND m.user_id = ? ORDER BY g.id DESC FETCH FIRST 1 ROWS ONLY")
                .params(conversationId, userId).query(Long.class).optional();
    }

    /** @return false when this member already answered for this group */
    boolean recordAnswer(long groupId, String userId, String answer, Instant now) {
        try {
            return jdbc.sql("INSERT INTO pairing_answer (group_id, user_id, answer, answered_at) VALUES (?, ?, ?, ?)")
                    .params(groupId, userId, answer, Timestamp.from(now)).update() == 1;
        } catch (DuplicateKeyException alreadyAnswered) {
            return false;
        }
    }

    /** Rounds with at least one group introduced in {@code [from, to)}. */
    int roundsIntroduced(long communityId, Instant from, Instant to) {
        return jdbc.sql("SELECT COUNT(DISTINCT r.id) FROM pairing_group g JOIN pairing_round r ON r.id = g.round_id "
                        + "WHERE r.community_id = ? AND g.delivered_at >= ? AND g.delivered_at < ?")
                .params(communityId, Timestamp.from(from), Timestamp.from(to)).query(Integer.class).single();
    }

    CompletionRate completion(long communityId, Instant from, Instant to) {
        String delivered = "FROM pairing_group g JOIN pairing_round r ON r.id = g.round_id WHERE r.community_id = ? "
                + "AND g.delivered_at >= ? AND g.delivered_at < ?";
        Object[] params = {communityId, Timestamp.from(from), Timestamp.from(to)};
        int introduced = jdbc.sql("SELECT COUNT(*) " + delivered).params(params).query(Integer.class).single();
        int met = jdbc.sql("SELECT COUNT(*) " + delivered + " AND EXISTS (SELECT 1 FROM pairing_answer a "
                + "WHERE a.group_id = g.id AND a.answer = '" + MET + "')").params(params).query(Integer.class).single();
        return new CompletionRate(introduced, met);
    }
}
