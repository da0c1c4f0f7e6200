package org.copcheckin.community;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.copcheckin.platform.MemberRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may run a community: the ids in {@code COP_FACILITATORS} (plain, or scoped to the community's workspace),
 * members added with {@code facilitator add}, and platform admins as each adapter reports them.
 */
@Service
public class Facilitators {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final InsertOnce insertOnce;
    private final List<ConfiguredFacilitator> configured;

    Facilitators(JdbcClient jdbc, CommunityDefaults defaults, Clock clock, InsertOnce insertOnce) {
        this.jdbc = jdbc;
        this.configured = defaults.configured();
        this.clock = clock;
        this.insertOnce = insertOnce;
    }

    public boolean isFacilitator(Community community, MemberRef member, boolean platformAdmin) {
        return platformAdmin || isConfigured(community, member.userId()) || isAdded(community, member.userId());
    }

    /** Whether {@code COP_FACILITATORS} names the user, plainly or scoped to this community's workspace. */
    public boolean isConfigured(Community community, String userId) {
        return configured.stream().anyMatch(entry -> entry.matches(community.channel(), userId));
    }

    /**
     * How many {@code COP_FACILITATORS} entries are plain ids, which count in every workspace: adapters warn at
     * start-up when they are installed in several.
     */
    public long plainConfiguredIds() {
        return configured.stream().filter(ConfiguredFacilitator::plain).count();
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

    /** Everyone to tell privately about the community: its ids in {@code COP_FACILITATORS}, then those added. */
    public List<String> everyone(Community community) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        configured.stream().filter(entry -> entry.inWorkspaceOf(community.channel()))
                .forEach(entry -> ids.add(entry.userId()));
        ids.addAll(added(community));
        return List.copyOf(ids);
    }

    public List<String> added(Community community) {
        return jdbc.sql("SELECT user_id FROM facilitator WHERE community_id = ? ORDER BY added_at")
                .param(community.id()).query(String.class).list();
    }
}
