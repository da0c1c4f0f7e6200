package org.copcheckin.community;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Members' and facilitators' rows with no activity (a command, a pairing choice) since the cut-off are deleted;
 * a member who had opted out or is paused leaves an {@link OptedOutMarkers opted-out marker}, so they stay out of
 * pairing. Markers that kept nobody out since the cut-off expire too.
 */
@Component
class MemberIdExpiry implements PlatformIdExpiry {

    private final JdbcClient jdbc;
    private final Communities communities;
    private final OptedOutMarkers markers;
    private final Clock clock;

    MemberIdExpiry(JdbcClient jdbc, Communities communities, OptedOutMarkers markers, Clock clock) {
        this.jdbc = jdbc;
        this.communities = communities;
        this.markers = markers;
        this.clock = clock;
    }

    @Override
    public int expire(Instant inactiveSince) {
        Date before = Date.valueOf(LocalDate.ofInstant(inactiveSince, ZoneOffset.UTC));
        List<Object[]> out = new ArrayList<>();
        jdbc.sql("SELECT community_id, user_id FROM member WHERE active_on < ? AND (pairing = 'OPTED_OUT' "
                        + "OR (pairing = 'PAUSED' AND paused_until > ?))")
                .params(before, Timestamp.from(clock.instant()))
                .query((rs, row) -> out.add(new Object[] {rs.getLong(1), rs.getString(2)})).list();
        out.forEach(row -> communities.find((Long) row[0]).ifPresent(c -> markers.mark(c, (String) row[1])));
        return jdbc.sql("DELETE FROM member WHERE active_on < ?").param(before).update()
                + jdbc.sql("DELETE FROM facilitator WHERE active_on < ?").param(before).update()
                + markers.expireUnseenSince(before.toLocalDate());
    }
}
