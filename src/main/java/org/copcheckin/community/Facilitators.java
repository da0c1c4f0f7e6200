package org.copcheckin.community;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.copcheckin.platform.MemberRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may run a community: the ids in {@code COP_FACILITATORS}, members added with {@code facilitator add},
 * and platform admins as each adapter reports them.
 */
@Service
public class Facilitators {

    private final JdbcClient jdbc;
    private final CommunityDefaults defaults;
    private final Clock clock;
    private final InsertOnce insertOnce;

    Facilitators(JdbcClient jdbc, CommunityDefaults defaults, Clock clock, InsertOnce insertOnce) {
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.clock = clock;
        this.insertOnce = insertOnce;
    }

    public boolean isFacilitator(Community community, MemberRef member, boolean platformAdmin) {
        return platformAdmin || defaults.facilitators().contains(member.userId())
                || isAdded(community, member.userId());
    }

    public boolean isConfigured(String userId) {
        return defaults.facilitators().contains(userId);
    }

    public boolean isAdded(Community community, String userId) {
        return jdbc.sql("SELECT COUNT(*) FROM facilitator WHERE community_id = ? AND user_id = ?")
                .params(community.id(), userId).query(Integer.class).single() > 0;
    }

    /** @return false when the member already was one */
    @Transactional
    public boolean add(Community community, String userId) {
        if (isAdded(community, userId)) {
            return false;
        }
        return insertOnce.insert(() -> jdbc.sql("INSERT INTO facilitator (community_id, user_id, added_at, active_on) "
                        + "VALUES (?, ?, ?, ?)")
                .params(community.id(), userId, Timestamp.from(clock.instant()), today()).update());
    }

    /** The facilitator did something today: their role counts as active (platform-id retention). */
    public void seen(Community community, String userId) {
        jdbc.sql("UPDATE facilitator SET active_on = ? WHERE community_id = ? AND user_id = ? AND active_on < ?")
                .params(today(), community.id(), userId, today()).update();
    }

    private java.sql.Date today() {
        return java.sql.Date.valueOf(java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
    }

    /** @return false when the member was not one */
    @Transactional
    public boolean remove(Community community, String userId) {
        return jdbc.sql("DELETE FROM facilitator WHERE community_id = ? AND user_id = ?")
                .params(community.id(), userId).update() > 0;
    }

    /** Everyone to tell privately about the community: the ids in {@code COP_FACILITATORS}, then those added. */
    public List<String> everyone(Community community) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(defaults.facilitators());
        ids.addAll(added(community));
        return List.copyOf(ids);
    }

    public List<String> added(Community community) {
        return jdbc.sql("SELECT user_id FROM facilitator WHERE community_id = ? ORDER BY added_at")
                .param(community.id()).query(String.class).list();
    }
}
