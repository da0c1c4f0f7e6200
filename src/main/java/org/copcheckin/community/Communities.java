package org.copcheckin.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finds communities, creating one the first time its channel is used. */
@Service
public class Communities {

    private static final String COLUMNS =
            "id, platform, workspace_id, channel_id, time_zone, k_anonymity, pairing_mode, created_at";

    private final JdbcClient jdbc;
    private final CommunityDefaults defaults;
    private final Clock clock;
    private final InsertOnce insertOnce;

    Communities(JdbcClient jdbc, CommunityDefaults defaults, Clock clock, InsertOnce insertOnce) {
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.clock = clock;
        this.insertOnce = insertOnce;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Community findOrCreate(ChannelRef channel) {
        return find(channel).orElseGet(() -> create(channel));
    }

    /**
     * The community of a channel. Slack and Discord channel ids are unique across the whole platform, so a channel
     * shared between organisations (Slack Connect) is found whichever organisation's workspace delivers the event.
     */
    public Optional<Community> find(ChannelRef channel) {
        Optional<Community> exact = jdbc.sql("SELECT " + COLUMNS
                        + " FROM community WHERE platform = ? AND workspace_id = ? AND channel_id = ?")
                .params(channel.platform().name(), channel.workspaceId(), channel.channelId())
                .query(Communities::map).optional();
        if (exact.isPresent() || channel.platform() == PlatformKind.PLAYGROUND) {
            return exact;
        }
        List<Community> shared = jdbc.sql("SELECT " + COLUMNS + " FROM community WHERE platform = ? AND channel_id = ?")
                .params(channel.platform().name(), channel.channelId())
                .query(Communities::map).list();
        return shared.size() == 1 ? Optional.of(shared.get(0)) : Optional.empty();
    }

    /** The platform gave the community's channel a new id; a community already under the new id is left alone. */
    @Transactional
    public void moveChannel(Community community, String newChannelId) {
        ChannelRef moved = new ChannelRef(community.channel().platform(), community.channel().workspaceId(), newChannelId);
        if (find(moved).isEmpty()) {
            jdbc.sql("UPDATE community SET channel_id = ? WHERE id = ?").params(newChannelId, community.id()).update();
        }
    }

    public Optional<Community> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM community WHERE id = ?").param(id)
                .query(Communities::map).optional();
    }

    public List<Community> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM community ORDER BY id").query(Communities::map).list();
    }

    /** Switches pairing between opt-out (everyone not opted out) and opt-in (only members who joined). */
    @Transactional
    public Community changePairingMode(Community community, PairingMode mode) {
        jdbc.sql("UPDATE community SET pairing_mode = ? WHERE id = ?").params(mode.name(), community.id()).update();
        if (mode == PairingMode.OPT_OUT) {
            // nobody stays out only because they had not joined while pairing was opt-in
            jdbc.sql("UPDATE member SET pairing = 'ACTIVE' WHERE community_id = ? AND pairing = 'NOT_JOINED'")
                    .param(community.id()).update();
        }
        return find(community.id()).orElseThrow();
    }

    @Transactional
    public void changeZone(long communityId, ZoneId zone) {
        jdbc.sql("UPDATE community SET time_zone = ? WHERE id = ?").params(zone.getId(), communityId).update();
    }

    /** The fewest people a published count of this community may cover; never below 2. */
    @Transactional
    public void changeK(long communityId, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("k is never below 2");
        }
        jdbc.sql("UPDATE community SET k_anonymity = ? WHERE id = ?").params(k, communityId).update();
    }

    /**
     * Deletes a community and what its tables keep under it ({@code ON DELETE CASCADE}): for a scratch community that
     * nobody used, such as the start-up warm-up's. A community people used is purged by the tenant retention, which
     * also tells the features that keep more.
     *
     * @return whether it existed
     */
    @Transactional
    /** Deletes, with all their rows, the communities of a scratch workspace created before {@code before}. */
    public int deleteScratchOf(PlatformKind platform, String workspaceId, Instant before) {
        return jdbc.sql("DELETE FROM community WHERE platform = ? AND workspace_id = ? AND created_at < ?")
                .params(platform.name(), workspaceId, Timestamp.from(before)).update();
    }

    public boolean deleteScratch(ChannelRef channel) {
        return jdbc.sql("DELETE FROM community WHERE platform = ? AND workspace_id = ? AND channel_id = ?")
                .params(channel.platform().name(), channel.workspaceId(), channel.channelId()).update() > 0;
    }

    private Community create(ChannelRef channel) {
        // another request or replica may create it at the same moment: then theirs is used
        insertOnce.insert(() -> jdbc.sql("INSERT INTO community (platform, workspace_id, channel_id, time_zone, "
                        + "k_anonymity, pairing_mode, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(channel.platform().name(), channel.workspaceId(), channel.channelId(),
                        defaults.zone().getId(), defaults.kAnonymity(), PairingMode.OPT_OUT.name(),
                        Timestamp.from(clock.instant()))
                .update());
        return find(channel).orElseThrow();
    }

    private static Community map(ResultSet rs, int row) throws SQLException {
        ChannelRef channel = new ChannelRef(PlatformKind.valueOf(rs.getString("platform")),
                rs.getString("workspace_id"), rs.getString("channel_id"));
        return new Community(rs.getLong("id"), channel, ZoneId.of(rs.getString("time_zone")),
                rs.getInt("k_anonymity"), PairingMode.valueOf(rs.getString("pairing_mode")),
                rs.getTimestamp("created_at").toInstant());
    }
}
