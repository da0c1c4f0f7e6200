package org.copcheckin.pairing;

import java.sql.Timestamp;
import java.time.Instant;

import org.copcheckin.community.PlatformIdExpiry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pairing's platform ids expire after a time without activity: who met whom when they last met before the
 * cut-off, and the members, introductions, answers and private conversation ids of rounds started before it.
 * Rounds keep their counts.
 */
@Component
class PairingIdExpiry implements PlatformIdExpiry {

    private static final String OLD_GROUPS = "(SELECT g.id FROM pairing_group g JOIN pairing_round r ON r.id = g.round_id "
            + "WHERE r.started_at < ?)";

    private final JdbcClient jdbc;

    PairingIdExpiry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int expire(Instant inactiveSince) {
        Timestamp before = Timestamp.from(inactiveSince);
        return jdbc.sql("DELETE FROM pair_history WHERE last_met_at < ?").param(before).update()
                + jdbc.sql("DELETE FROM pairing_answer WHERE group_id IN " + OLD_GROUPS).param(before).update()
                + jdbc.sql("DELETE FROM pairing_introduction WHERE group_id IN " + OLD_GROUPS).param(before).update()
                + jdbc.sql("DELETE FROM pairing_group_member WHERE group_id IN " + OLD_GROUPS).param(before).update()
                + jdbc.sql("UPDATE pairing_group SET conversation_id = NULL WHERE conversation_id IS NOT NULL AND id IN "
                + OLD_GROUPS).param(before).update();
    }
}
