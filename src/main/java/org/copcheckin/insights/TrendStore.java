package org.copcheckin.insights;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes and erases the pseudonymous trend rows. Never sees reply text or platform user ids. */
@Repository
class TrendStore {

    private static final String INSERT_ENTRY = "INSERT INTO insight_entry "
            + "(community_id, checkin_id, period_day, kind, term, form, participant, recorded_at) "
            // typed casts: PostgreSQL cannot infer the type of a bare null parameter in a select list
            + "SELECT ?, ?, CAST(? AS DATE), ?, ?, CAST(? AS VARCHAR(64)), ?, ? WHERE NOT EXISTS (SELECT 1 FROM insight_entry "
            + "WHERE checkin_id = ? AND participant = ? AND kind = ? AND term = ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TrendStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Records one reply's analysis; a participant's second reply to the check-in adds only new terms. */
    void record(long communityId, long checkInId, String participant, LocalDate day, ReplyAnalyser.Analysis analysis,
                Instant now) {
        Timestamp at = Timestamp.from(now);
        int updated = jdbc.sql("UPDATE insight_participation SET replies = replies + 1 WHERE checkin_id = ? AND participant = ?")
                .params(checkInId, participant).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO insight_participation (community_id, checkin_id, participant, period_day, replies, recorded_at) "
                    + "VALUES (?, ?, ?, ?, 1, ?)").params(communityId, checkInId, participant, day, at).update();
        }
        List<Object[]> rows = new ArrayList<>();
        analysis.word().ifPresent(word -> rows.add(row(communityId, checkInId, day, TrendKind.WORD, word.stem(),
                word.form(), participant, at)));
        analysis.themes().forEach(theme -> rows.add(row(communityId, checkInId, day, TrendKind.THEME, theme, null,
                participant, at)));
        analysis.terms().forEach((stem, form) -> rows.add(row(communityId, checkInId, day, TrendKind.TERM, stem, null,
                participant, at)));
        if (!rows.isEmpty()) {
            template.batchUpdate(INSERT_ENTRY, rows);
        }
    }

    private static Object[] row(long communityId, long checkInId, LocalDate day, TrendKind kind, String term, String form,
                                String participant, Timestamp at) {
        return new Object[] {communityId, checkInId, day, kind.name(), term, form, participant, at,
                checkInId, participant, kind.name(), term};
    }

    /** @return rows erased for these (check-in, pseudonym) pairs */
    int erase(List<Object[]> checkInAndParticipant) {
        if (checkInAndParticipant.isEmpty()) {
            return 0;
        }
        int erased = 0;
        for (int n : template.batchUpdate("DELETE FROM insight_entry WHERE checkin_id = ? AND participant = ?",
                checkInAndParticipant)) {
            erased += Math.max(n, 0);
        }
        for (int n : template.batchUpdate("DELETE FROM insight_participation WHERE checkin_id = ? AND participant = ?",
                checkInAndParticipant)) {
            erased += Math.max(n, 0);
        }
        return erased;
    }
}
