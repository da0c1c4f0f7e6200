package org.copcheckin.insights;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@link TrendRevision} marks of weeks, in {@code trend_revision}: a week and a reason, nothing about who. */
@Repository
class TrendRevisions {

    private final JdbcClient jdbc;

    TrendRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void mark(long communityId, LocalDate week, TrendRevision reason) {
        boolean marked = jdbc.sql("SELECT COUNT(*) FROM trend_revision WHERE community_id = ? AND week_start = ? "
                + "AND reason = ?").params(communityId, week, reason.name()).query(Integer.class).single() > 0;
        if (marked) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO trend_revision (community_id, week_start, reason) VALUES (?, ?, ?)")
                    .params(communityId, week, reason.name()).update();
        } catch (DuplicateKeyException markedElsewhere) {
            // the same mark, written by another request at the same moment
        }
    }

    Set<TrendRevision> between(long communityId, LocalDate first, LocalDate last) {
        Set<TrendRevision> reasons = EnumSet.noneOf(TrendRevision.class);
        jdbc.sql("SELECT DISTINCT reason FROM trend_revision WHERE community_id = ? AND week_start BETWEEN ? AND ?")
                .params(communityId, first, last).query(String.class).list()
                .forEach(reason -> reasons.add(TrendRevision.valueOf(reason)));
        return reasons;
    }

    int deleteBefore(LocalDate firstKeptWeek) {
        return jdbc.sql("DELETE FROM trend_revision WHERE week_start < ?").param(firstKeptWeek).update();
    }
}
