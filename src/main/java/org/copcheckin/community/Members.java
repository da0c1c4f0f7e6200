package org.copcheckin.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members' organisations and pairing preferences (opt-out, opt-in, pause). */
@Service
public class Members {

    private final JdbcClient jdbc;
    private final Clock clock;

    private final InsertOnce insertOnce;
    private final OptedOutMarkers markers;

    Members(JdbcClient jdbc, Clock clock, InsertOnce insertOnce, OptedOutMarkers markers) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.insertOnce = insertOnce;
        this.markers = markers;
    }

    public Optional<MemberProfile> find(Community community, String userId) {
        return jdbc.sql("SELECT community_id, user_id, organisation, pairing, paused_until, region, offers, listed FROM member "
                        + "WHERE community_id = ? AND user_id = ?")
                .params(community.id(), userId).query(Members::map).optional();
    }

    public List<MemberProfile> all(Community community) {
        return jdbc.sql("SELECT community_id, user_id, organisation, pairing, paused_until, region, offers, listed FROM member "
                        + "WHERE community_id = ? ORDER BY id")
                .param(community.id()).query(Members::map).list();
    }

    /**
     * The profiles of the community, and for the given members without one who carry an opted-out marker (they
     * were forgotten after opting out), an opted-out profile held in memory only.
     */
    public List<MemberProfile> all(Community community, Collection<String> present) {
        List<MemberProfile> profiles = new ArrayList<>(all(community));
        Set<String> known = new HashSet<>();
        profiles.forEach(profile -> known.add(profile.userId()));
        List<String> unknown = present.stream().filter(id -> !known.contains(id)).distinct().toList();
        for (String userId : markers.marked(community, unknown)) {
            profiles.add(new MemberProfile(community.id(), userId, Optional.empty(), PairingPreference.OPTED_OUT,
                    Optional.empty()));
        }
        return profiles;
    }

    /** The member did something today: their row counts as active (platform-id retention). */
    public void seen(Community community, String userId) {
        jdbc.sql("UPDATE member SET active_on = ? WHERE community_id = ? AND user_id = ? AND active_on < ?")
                .params(today(), community.id(), userId, today()).update();
    }

    @Transactional
    public MemberProfile setPairing(Community community, String userId, PairingPreference pairing, Instant pausedUntil) {
        ensure(community, userId);
        jdbc.sql("UPDATE member SET pairing = ?, paused_until = ?, updated_at = ?, active_on = ? WHERE community_id = ? "
                        + "AND user_id = ?")
                .params(pairing.name(), pausedUntil == null ? null : Timestamp.from(pausedUntil),
                        Timestamp.from(clock.instant()), today(), community.id(), userId)
                .update();
        if (pairing == PairingPreference.ACTIVE) {
            markers.unmark(community, userId); // back in pairing: the forgotten opt-out no longer holds
        }
        return find(community, userId).orElseThrow();
    }

    @Transactional
    public MemberProfile setOrganisation(Community community, String userId, String organisation) {
        ensure(community, userId);
        jdbc.sql("UPDATE member SET organisation = ?, updated_at = ?, active_on = ? WHERE community_id = ? AND user_id = ?")
                .params(organisation, Timestamp.from(clock.instant()), today(), community.id(), userId)
                .update();
        return find(community, userId).orElseThrow();
    }


    /** The member's organisation's region (null clears it), for the partner directory and eco-map rounds. */
    @Transactional
    public MemberProfile setRegion(Community community, String userId, String region) {
        return setDirectoryColumn(community, userId, "region", region);
    }

    /** What the member's organisation offers: theme ids and vocabulary words (empty clears it). */
    @Transactional
    public MemberProfile setOffers(Community community, String userId, List<String> offers) {
        return setDirectoryColumn(community, userId, "offers", offers.isEmpty() ? null : String.join(",", offers));
    }

    /** Whether the member may be named in partner-directory answers (off by default). */
    @Transactional
    public MemberProfile setListed(Community community, String userId, boolean listed) {
        return setDirectoryColumn(community, userId, "listed", listed);
    }

    private MemberProfile setDirectoryColumn(Community community, String userId, String column, Object value) {
        ensure(community, userId);
        jdbc.sql("UPDATE member SET " + column + " = ?, updated_at = ?, active_on = ? WHERE community_id = ? AND user_id = ?")
                .params(value, Timestamp.from(clock.instant()), today(), community.id(), userId)
                .update();
        return find(community, userId).orElseThrow();
    }

    private void ensure(Community community, String userId) {
        if (find(community, userId).isEmpty()) {
            PairingPreference initial = community.pairingMode() == PairingMode.OPT_IN
                    ? PairingPreference.NOT_JOINED : PairingPreference.ACTIVE;
            if (markers.isMarked(community, new org.copcheckin.platform.MemberRef(community.channel().platform(),
                    community.channel().workspaceId(), userId))) {
                initial = PairingPreference.OPTED_OUT; // forgotten after opting out: a new profile starts out
            }
            PairingPreference first = initial;
            // the member's other command may insert the row at the same moment: either row will do
            insertOnce.insert(() -> jdbc.sql("INSERT INTO member (community_id, user_id, pairing, updated_at, active_on) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(community.id(), userId, first.name(), Timestamp.from(clock.instant()), today())
                    .update());
        }
    }

    private java.sql.Date today() {
        return java.sql.Date.valueOf(java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
    }

    private static MemberProfile map(ResultSet rs, int row) throws SQLException {
        Timestamp paused = rs.getTimestamp("paused_until");
        return new MemberProfile(rs.getLong("community_id"), rs.getString("user_id"),
                Optional.ofNullable(rs.getString("organisation")),
                PairingPreference.valueOf(rs.getString("pairing")),
                Optional.ofNullable(paused).map(Timestamp::toInstant), Optional.ofNullable(rs.getString("region")),
                rs.getString("offers") == null ? List.of() : List.of(rs.getString("offers").split(",")),
                rs.getBoolean("listed"));
    }
}
