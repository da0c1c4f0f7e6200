package org.copcheckin.insights;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.copcheckin.community.Community;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rolls finished days up into per-day counts. A finished day is stable (replies count on the day they arrive),
 * so its roll-up is computed once; forget-me and retention clear the marks of the days they change.
 */
@Component
class DailyCounts {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DailyCounts(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Makes sure every day from {@code from} to {@code to} (finished days only) is rolled up. */
    void ensure(Community community, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || doneDays(community, from, to).size() == to.toEpochDay() - from.toEpochDay() + 1) {
            return; // the usual case: every day already rolled up
        }
        List<LocalDate> first = jdbc.sql("SELECT MIN(period_day) FROM insight_participation WHERE community_id = ?")
                .param(community.id()).query((rs, row) -> rs.getObject(1, LocalDate.class)).list();
        if (first.isEmpty() || first.get(0) == null) {
            return; // nothing to count; days are rolled up once there is data
        }
        if (from.isBefore(first.get(0))) {
            from = first.get(0);
        }
        if (to.isBefore(from)) {
            return;
        }
        Set<LocalDate> done = doneDays(community, from, to);
        Set<LocalDate> withData = new HashSet<>(jdbc.sql("SELECT DISTINCT period_day FROM insight_participation "
                        + "WHERE community_id = ? AND period_day BETWEEN ? AND ?").params(community.id(), from, to)
                .query((rs, row) -> rs.getObject("period_day", LocalDate.class)).list());
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!done.contains(day)) {
                rollUp(community, day, withData.contains(day));
            }
        }
    }

    private Set<LocalDate> doneDays(Community community, LocalDate from, LocalDate to) {
        return new HashSet<>(jdbc.sql("SELECT period_day FROM insight_day_done WHERE community_id = ? "
                        + "AND period_day BETWEEN ? AND ?").params(community.id(), from, to)
                .query((rs, row) -> rs.getObject("period_day", LocalDate.class)).list());
    }

    private void rollUp(Community community, LocalDate day, boolean hasData) {
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("DELETE FROM insight_daily WHERE community_id = ? AND period_day = ?")
                        .params(community.id(), day).update();
                if (hasData) {
                    jdbc.sql("INSERT INTO insight_daily (community_id, kind, period_day, term, participants) "
                                    + "SELECT community_id, kind, period_day, term, COUNT(*) FROM insight_entry "
                                    + "WHERE community_id = ? AND period_day = ? GROUP BY community_id, kind, period_day, term")
                            .params(community.id(), day).update();
                }
                jdbc.sql("INSERT INTO insight_day_done (community_id, period_day) VALUES (?, ?)")
                        .params(community.id(), day).update();
            });
        } catch (DuplicateKeyException rolledUpConcurrently) {
            // another request or replica rolled this day up first: theirs is the same
        }
    }

    /** Forgets the roll-ups of these communities, so their days are counted again from the remaining rows. */
    void invalidate(List<Long> communityIds) {
        for (long id : communityIds) {
            jdbc.sql("DELETE FROM insight_day_done WHERE community_id = ?").param(id).update();
            jdbc.sql("DELETE FROM insight_daily WHERE community_id = ?").param(id).update();
        }
    }

    /** Removes roll-ups of days before the given one (retention). */
    int deleteBefore(LocalDate day) {
        return jdbc.sql("DELETE FROM insight_daily WHERE period_day < ?").param(day).update()
                + jdbc.sql("DELETE FROM insight_day_done WHERE period_day < ?").param(day).update();
    }
}
