package org.copcheckin.checkins;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.copcheckin.platform.MemberRef;
import org.copcheckin.privacy.Pseudonyms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Who took part in a check-in, in any way: a thread reply (recorded with its receipt, see
 * {@link ParticipationRecorder}), and any other way a feature records with {@link #record} (a reaction, a private
 * reply). Only a keyed hash of (check-in, member) and the day is kept, for {@value #KEEP_DAYS} days: long enough
 * for a reminder to know whom to leave alone, and nothing else reads it.
 */
@Service
public class Participation {

    static final int KEEP_DAYS = 7;

    private static final int ERASE_SLICE = 500;
    private static final String INSERT = "INSERT INTO checkin_participation (participant_key, checkin_id, took_part_on) "
            + "SELECT ?, ?, CAST(? AS DATE) WHERE NOT EXISTS "
            + "(SELECT 1 FROM checkin_participation WHERE participant_key = ?)";

    private final JdbcClient jdbc;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    Participation(JdbcClient jdbc, Pseudonyms pseudonyms, Clock clock) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /**
     * Records that the member took part in the check-in; recording it again changes nothing. It may run inside the
     * caller's transaction (the reply intake's group commit): a concurrent insert by another replica surfaces as a
     * duplicate key, which that commit retries.
     */
    public void record(long checkInId, MemberRef member) {
        String key = key(checkInId, member);
        jdbc.sql(INSERT).params(key, checkInId, java.sql.Date.valueOf(today()), key).update();
    }

    /** The same, as a row of the reply intake's group commit, sent in one batch with the group's other rows. */
    void record(ReplyRows rows, long checkInId, MemberRef member) {
        String key = key(checkInId, member);
        rows.add(INSERT, key, checkInId, java.sql.Date.valueOf(today()), key);
    }

    public boolean tookPart(long checkInId, MemberRef member) {
        return jdbc.sql("SELECT COUNT(*) FROM checkin_participation WHERE participant_key = ?")
                .param(key(checkInId, member)).query(Integer.class).single() > 0;
    }

    /** forget-me: the member's participation in every check-in still kept, on the member's platform. */
    public int erase(MemberRef member) {
        List<Long> checkIns = jdbc.sql("SELECT c.id FROM checkin c JOIN community m ON m.id = c.community_id "
                        + "WHERE m.platform = ? AND EXISTS (SELECT 1 FROM checkin_participation p WHERE p.checkin_id = c.id)")
                .param(member.platform().name()).query(Long.class).list();
        List<String> keys = checkIns.stream().map(checkIn -> key(checkIn, member)).toList();
        int erased = 0;
        // one statement per slice of keys, not one per check-in
        for (int from = 0; from < keys.size(); from += ERASE_SLICE) {
            erased += jdbc.sql("DELETE FROM checkin_participation WHERE participant_key IN (:keys)")
                    .param("keys", keys.subList(from, Math.min(keys.size(), from + ERASE_SLICE))).update();
        }
        return erased;
    }

    @Scheduled(cron = "${cop.insights.retention-cron:0 30 3 * * *}")
    int forgetOld() {
        return jdbc.sql("DELETE FROM checkin_participation WHERE took_part_on < ?")
                .param(java.sql.Date.valueOf(today().minusDays(KEEP_DAYS))).update();
    }

    /** The same person in every workspace of the platform, as for {@code forget-me}. */
    private String key(long checkInId, MemberRef member) {
        return pseudonyms.of("checkin-participation", Long.toString(checkInId), member.platform().name(),
                member.userId());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
