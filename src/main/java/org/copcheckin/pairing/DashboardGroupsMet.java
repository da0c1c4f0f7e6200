package org.copcheckin.pairing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.copcheckin.community.Community;
import org.copcheckin.dashboard.GroupsMetSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the dashboard's eco-map which groups met: each group introduced in the period with at least one 'met'
 * answer, as its members' present organisations. User ids stay in here.
 */
@Component
class DashboardGroupsMet implements GroupsMetSource {

    private final JdbcClient jdbc;

    DashboardGroupsMet(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<List<Optional<String>>> groupsMet(Community community, Instant from, Instant to) {
        Map<Long, List<Optional<String>>> groups = new LinkedHashMap<>();
        jdbc.sql("SELECT g.id, m.organisation FROM pairing_group g JOIN pairing_round r ON r.id = g.round_id "
                        + "JOIN pairing_group_member gm ON gm.group_id = g.id "
                        + "LEFT JOIN member m ON m.community_id = r.community_id AND m.user_id = gm.user_id "
                        + "WHERE r.community_id = ? AND g.delivered_at >= ? AND g.delivered_at < ? "
                        + "AND EXISTS (SELECT 1 FROM pairing_answer a WHERE a.group_id = g.id AND a.answer = '"
                        + MeetingStore.MET + "') ORDER BY g.id")
                .params(community.id(), Timestamp.from(from), Timestamp.from(to))
                .query(rs -> {
                    groups.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(Optional.ofNullable(rs.getString(2)));
                });
        return List.copyOf(groups.values());
    }
}
