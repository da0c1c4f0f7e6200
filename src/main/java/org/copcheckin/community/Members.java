package org.copcheckin.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members' organisations and pairing preferences (opt-out, opt-in, pause). */
@Service
public class Members {

    private final JdbcClient jdbc;
    private final Clock clock;

    private final InsertOnce insertOnce;

    Members(JdbcClient jdbc, Clock clock, InsertOnce insertOnce) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.insertOnce = insertOnce;
    }

    public Optional<MemberProfile> find(Community community, String userId) {
        return jdbc.sql("SELECT community_id, user_id, organisation, pairing, paused_until FROM member "
                        + "WHERE community_id = ? AND user_id = ?")
                .params(community.id(), userId).query(Members::map).optional();
    }

    public List<MemberProfile> all(Community community) {
        return jdbc.sql("SELECT community_id, user_id, organisation, pairing, paused_until FROM member "
                        + "WHERE community_id = ? ORDER BY id")
                .param(community.id()).query(Members::map).list();
    }

    @Transactional
    public MemberProfile setPairing(Community community, String userId, PairingPreference pairing, Instant pausedUntil) {
        ensure(community, userId);
        jdbc.sql("UPDATE member SET pairing = ?, paused_until = ?, updated_at = ? WHERE community_id = ? AND user_id = ?")
                .params(pairing.name(), pausedUntil == null ? null : Timestamp.from(pausedUntil),
                        Timestamp.from(clock.instant()), community.id(), userId)
                .update();
        return find(community, userId).orElseThrow();
    }

    @Transactional
    public MemberProfile setOrganisation(Community community, String userId, String organisation) {
        ensure(community, userId);
        jdbc.sql("UPDATE member SET organisation = ?, updated_at = ? WHERE community_id = ? AND user_id = ?")
                .params(organisation, Timestamp.from(clock.instant()), community.id(), userId)
                .update();
        return find(community, userId).orElseThrow();
    }


    private void ensure(Community community, String userId) {
        if (find(community, userId).isEmpty()) {
            PairingPreference initial = community.pairingMode() == PairingMode.OPT_IN
                    ? PairingPreference.NOT_JOINED : PairingPreference.ACTIVE;
            // the member's other command may insert the row at the same moment: either row will do
            insertOnce.insert(() -> jdbc.sql("INSERT INTO member (community_id, user_id, pairing, updated_at) VALUES (?, ?, ?, ?)")
                    .params(community.id(), userId, initial.name(), Timestamp.from(clock.instant()))
                    .update());
        }
    }

    private static MemberProfile map(ResultSet rs, int row) throws SQLException {
        Timestamp paused = rs.getTimestamp("paused_until");
        return new MemberProfile(rs.getLong("community_id"), rs.getString("user_id"),
                Optional.ofNullable(rs.getString("organisation")),
                PairingPreference.valueOf(rs.getString("pairing")),
                Optional.ofNullable(paused).map(Timestamp::toInstant));
    }
}
