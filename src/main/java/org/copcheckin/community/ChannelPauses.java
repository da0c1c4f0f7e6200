package org.copcheckin.community;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.copcheckin.platform.ChannelChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows what happens to a community's channel: while the app cannot post there (removed, archived, deleted) the
 * community is paused, and scheduled runs are skipped with the reason; when the app is back, it resumes. A channel
 * given a new id keeps its community.
 */
@Service
public class ChannelPauses {

    private static final Logger log = LoggerFactory.getLogger(ChannelPauses.class);

    /** Why a community is paused, and since when. */
    public record Pause(ChannelChanged.Why why, Instant since) {
    }

    private final JdbcClient jdbc;
    private final Communities communities;
    private final Clock clock;

    ChannelPauses(JdbcClient jdbc, Communities communities, Clock clock) {
        this.jdbc = jdbc;
        this.communities = communities;
        this.clock = clock;
    }

    public Optional<Pause> of(Community community) {
        return jdbc.sql("SELECT reason, since FROM channel_pause WHERE community_id = ?").param(community.id())
                .query((rs, row) -> new Pause(ChannelChanged.Why.valueOf(rs.getString("reason")),
                        rs.getTimestamp("since").toInstant()))
                .optional();
    }

    @EventListener
    @Transactional
    public void on(ChannelChanged changed) {
        Optional<Community> found = communities.find(changed.channel());
        if (found.isEmpty()) {
            return; // a channel that never had a community: nothing to follow
        }
        Community community = found.get();
        if (changed instanceof ChannelChanged.Unreachable unreachable) {
            pause(community, unreachable.why());
        } else if (changed instanceof ChannelChanged.Moved moved) {
            communities.moveChannel(community, moved.newChannelId());
            log.info("Community {} follows its channel to a new id", community.id());
        } else {
            resume(community);
        }
    }

    private void pause(Community community, ChannelChanged.Why why) {
        Optional<Pause> before = of(community);
        if (before.isPresent() && before.get().why() == ChannelChanged.Why.DELETED) {
            return; // a deleted channel stays deleted
        }
        int updated = jdbc.sql("UPDATE channel_pause SET reason = ? WHERE community_id = ?")
                .params(why.name(), community.id()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO channel_pause (community_id, reason, since) VALUES (?, ?, ?)")
                    .params(community.id(), why.name(), Timestamp.from(clock.instant())).update();
        }
        log.warn("Community {} paused: {}", community.id(), why.words());
    }

    private void resume(Community community) {
        int removed = jdbc.sql("DELETE FROM channel_pause WHERE community_id = ? AND reason <> ?")
                .params(community.id(), ChannelChanged.Why.DELETED.name()).update();
        if (removed > 0) {
            log.info("Community {} resumed: the app can post in its channel again", community.id());
        }
    }
}
