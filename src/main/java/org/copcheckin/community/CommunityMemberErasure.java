package org.copcheckin.community;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.copcheckin.platform.MemberRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erases a member's profiles (organisation, pairing preference) and facilitator roles in every community of the
 * platform; where they had opted out or were paused, an {@link OptedOutMarkers opted-out marker} stays instead.
 */
@Component
class CommunityMemberErasure implements MemberErasure {

    private static final String ON_PLATFORM = "community_id IN (SELECT id FROM community WHERE platform = ?)";

    private final JdbcClient jdbc;
    private final Communities communities;
    private final OptedOutMarkers markers;
    private final Clock clock;

    CommunityMemberErasure(JdbcClient jdbc, Communities communities, OptedOutMarkers markers, Clock clock) {
        this.jdbc = jdbc;
        this.communities = communities;
        this.markers = markers;
        this.clock = clock;
    }

    @Override
    public List<Erased> erase(MemberRef member) {
        Instant now = clock.instant();
        String platform = member.platform().name();
        List<Long> outOf = new ArrayList<>();
        jdbc.sql("SELECT community_id, pairing, paused_until FROM member WHERE user_id = ? AND " + ON_PLATFORM)
                .params(member.userId(), platform)
                .query((rs, row) -> {
                    PairingPreference pairing = PairingPreference.valueOf(rs.getString("pairing"));
                    java.sql.Timestamp until = rs.getTimestamp("paused_until");
                    boolean out = pairing == PairingPreference.OPTED_OUT || (pairing == PairingPreference.PAUSED
                            && until != null && until.toInstant().isAfter(now));
                    return out ? outOf.add(rs.getLong("community_id")) : false;
                }).list();
        outOf.forEach(id -> communities.find(id).ifPresent(community -> markers.mark(community, member.userId())));
        int communitiesWithProfile = count("member", member);
        int communitiesAsFacilitator = count("facilitator", member);
        int profiles = jdbc.sql("DELETE FROM member WHERE user_id = ? AND " + ON_PLATFORM)
                .params(member.userId(), platform).update();
        int roles = jdbc.sql("DELETE FROM facilitator WHERE user_id = ? AND " + ON_PLATFORM)
                .params(member.userId(), platform).update();
        return List.of(new Erased(Kind.PAIRING_PREFERENCES, profiles, communitiesWithProfile),
                new Erased(Kind.FACILITATOR_ROLES, roles, communitiesAsFacilitator));
    }

    private int count(String table, MemberRef member) {
        return jdbc.sql("SELECT COUNT(DISTINCT community_id) FROM " + table + " WHERE user_id = ? AND " + ON_PLATFORM)
                .params(member.userId(), member.platform().name()).query(Integer.class).single();
    }
}
