package org.copcheckin.community;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.copcheckin.platform.MemberRef;
import org.copcheckin.privacy.Pseudonyms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The minimal trace a forgotten member leaves when they had opted out: a keyed hash of the platform, the community
 * and their user id, with no readable id, so a member who left pairing and was then erased (forget-me, or
 * platform-id retention) is not paired again by accident. {@code /cop optin} removes it.
 */
@Component
public class OptedOutMarkers {

    static final String PURPOSE = "opted-out";

    private final JdbcClient jdbc;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    OptedOutMarkers(JdbcClient jdbc, Pseudonyms pseudonyms, Clock clock) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    String marker(Community community, String userId) {
        return pseudonyms.of(PURPOSE, community.channel().platform().name(), Long.toString(community.id()), userId);
    }

    void mark(Community community, String userId) {
        String marker = marker(community, userId);
        if (jdbc.sql("UPDATE opted_out_marker SET seen_on = ? WHERE marker = ?").params(today(), marker).update() == 0) {
            jdbc.sql("INSERT INTO opted_out_marker (marker, seen_on) SELECT ?, ? WHERE NOT EXISTS "
                    + "(SELECT 1 FROM opted_out_marker WHERE marker = ?)").params(marker, today(), marker).update();
        }
    }

    void unmark(Community community, String userId) {
        jdbc.sql("DELETE FROM opted_out_marker WHERE marker = ?").param(marker(community, userId)).update();
    }

    /** The users among these who carry a marker in the community; their markers count as seen today. */
    Set<String> marked(Community community, Collection<String> userIds) {
        Set<String> marked = new HashSet<>();
        if (userIds.isEmpty() || jdbc.sql("SELECT COUNT(*) FROM opted_out_marker").query(Long.class).single() == 0) {
            return marked;
        }
        Set<String> all = new HashSet<>(jdbc.sql("SELECT marker FROM opted_out_marker").query(String.class).list());
        List<String> seen = new java.util.ArrayList<>();
        for (String userId : userIds) {
            String marker = marker(community, userId);
            if (all.contains(marker)) {
                marked.add(userId);
                seen.add(marker);
            }
        }
        seen.forEach(marker -> jdbc.sql("UPDATE opted_out_marker SET seen_on = ? WHERE marker = ?")
                .params(today(), marker).update());
        return marked;
    }

    /** Markers that kept nobody out since the given day expire (retention). */
    int expireUnseenSince(LocalDate day) {
        return jdbc.sql("DELETE FROM opted_out_marker WHERE seen_on < ?").param(Date.valueOf(day)).update();
    }

    private Date today() {
        return Date.valueOf(LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
    }

    /** Whether the member carries a marker in the community. */
    public boolean isMarked(Community community, MemberRef member) {
        return !marked(community, List.of(member.userId())).isEmpty();
    }
}
