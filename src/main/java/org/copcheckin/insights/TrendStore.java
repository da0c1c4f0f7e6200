package org.copcheckin.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.copcheckin.checkins.ReplyRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pseudonymous trend rows: written per reply, erased per person (forget-me) or per reply (a deleted message),
 * and read back a week at a time by {@link PublishedTrends}; reactions on prompts count as taking part. Never sees reply text or platform user ids.
 */
@Repository
class TrendStore {

    private static final String INSERT_REPLY = "INSERT INTO trend_reply (community_id, week_start, person, reply_key) "
            + "VALUES (?, ?, ?, ?)";
    private static final String INSERT_MENTION = "INSERT INTO trend_mention "
            + "(community_id, week_start, kind, item, form, person, reply_key) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TrendStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Records one reply's analysis in its week, under the person's pseudonym for that week. */
    void record(ReplyRows batch, long communityId, LocalDate week, String person, String replyKey,
                ReplyAnalyser.Analysis analysis) {
        java.sql.Date day = java.sql.Date.valueOf(week);
        batch.add(INSERT_REPLY, communityId, day, person, replyKey);
        List<Object[]> rows = new ArrayList<>();
        analysis.word().ifPresent(word -> rows.add(row(communityId, week, TrendKind.WORD, word.stem(), word.form(),
                person, replyKey)));
        analysis.themes().forEach(theme -> rows.add(row(communityId, week, TrendKind.THEME, theme, null, person, replyKey)));
        analysis.terms().keySet().forEach(term -> rows.add(row(communityId, week, TrendKind.TERM, term, null, person,
                replyKey)));
        if (analysis.otherTerms() && !analysis.terms().containsKey(Vocabulary.OTHER)) {
            rows.add(row(communityId, week, TrendKind.TERM, Vocabulary.OTHER, null, person, replyKey));
        }
        rows.forEach(row -> batch.add(INSERT_MENTION, row));
    }

    private static Object[] row(long communityId, LocalDate week, TrendKind kind, String item, String form,
                                String person, String replyKey) {
        return new Object[] {communityId, java.sql.Date.valueOf(week), kind.name(), item, form, person, replyKey};
    }

    /**
     * Records a reaction on a prompt as taking part, in its week, under the person's pseudonym for that week.
     *
     * @return false when this reaction is recorded already (a replayed event)
     */
    boolean recordReaction(long communityId, LocalDate week, String person, String reactionKey) {
        if (jdbc.sql("SELECT COUNT(*) FROM trend_reaction WHERE community_id = ? AND reaction_key = ?")
                .params(communityId, reactionKey).query(Integer.class).single() > 0) {
            return false;
        }
        try {
            return jdbc.sql("INSERT INTO trend_reaction (community_id, week_start, person, reaction_key) "
                    + "VALUES (?, ?, ?, ?)").params(communityId, week, person, reactionKey).update() > 0;
        } catch (org.springframework.dao.DuplicateKeyException replayedAtTheSameMoment) {
            return false;
        }
    }

    /** @return false when there was no such reaction (a replayed removal) */
    boolean removeReaction(long communityId, String reactionKey) {
        return jdbc.sql("DELETE FROM trend_reaction WHERE community_id = ? AND reaction_key = ?")
                .params(communityId, reactionKey).update() > 0;
    }

    /** Weeks of the community that still have pseudonymous rows (replies or reactions), between the two Mondays. */
    Set<LocalDate> weeksWithRows(long communityId, LocalDate first, LocalDate last) {
        return Set.copyOf(jdbc.sql("SELECT week_start FROM trend_reply WHERE community_id = ? "
                        + "AND week_start BETWEEN ? AND ? UNION SELECT week_start FROM trend_reaction "
                        + "WHERE community_id = ? AND week_start BETWEEN ? AND ?")
                .params(communityId, first, last, communityId, first, last)
                .query((rs, row) -> rs.getObject(1, LocalDate.class)).list());
    }

    /** Every week of the community that still has pseudonymous rows. */
    List<LocalDate> weeksWithRows(long communityId) {
        return jdbc.sql("SELECT week_start FROM trend_reply WHERE community_id = ? UNION "
                        + "SELECT week_start FROM trend_reaction WHERE community_id = ? ORDER BY week_start")
                .params(communityId, communityId).query((rs, row) -> rs.getObject(1, LocalDate.class)).list();
    }

    /** One week's rows, gathered in memory for {@link CellMaker} (a week of a busy community: some 100,000 rows). */
    CellMaker.RawWeek raw(long communityId, LocalDate week) {
        CellMaker.RawWeek raw = new CellMaker.RawWeek();
        template.query("SELECT person FROM trend_reply WHERE community_id = ? AND week_start = ?",
                rs -> { raw.reply(rs.getString(1)); }, communityId, week);
        template.query("SELECT person FROM trend_reaction WHERE community_id = ? AND week_start = ?",
                rs -> { raw.reacted(rs.getString(1)); }, communityId, week);
        template.query("SELECT kind, item, form, person FROM trend_mention WHERE community_id = ? AND week_start = ?",
                rs -> { raw.mention(TrendKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)); },
                communityId, week);
        return raw;
    }

    /** @return rows erased for these pseudonyms of the community's weeks */
    int erase(long communityId, Map<LocalDate, String> personByWeek) {
        int erased = 0;
        for (Map.Entry<LocalDate, String> week : personByWeek.entrySet()) {
            Object[] params = {communityId, week.getKey(), week.getValue()};
            erased += jdbc.sql("DELETE FROM trend_mention WHERE community_id = ? AND week_start = ? AND person = ?")
                    .params(params).update();
            erased += jdbc.sql("DELETE FROM trend_reply WHERE community_id = ? AND week_start = ? AND person = ?")
                    .params(params).update();
            erased += jdbc.sql("DELETE FROM trend_reaction WHERE community_id = ? AND week_start = ? AND person = ?")
                    .params(params).update();
        }
        return erased;
    }

    /** Removes one reply's rows; @return the week they counted in, when there were any */
    Optional<LocalDate> retract(long communityId, String replyKey) {
        Optional<LocalDate> week = jdbc.sql("SELECT week_start FROM trend_reply WHERE community_id = ? AND reply_key = ?")
                .params(communityId, replyKey).query((rs, row) -> rs.getObject(1, LocalDate.class)).optional();
        if (week.isPresent()) {
            jdbc.sql("DELETE FROM trend_mention WHERE community_id = ? AND reply_key = ?").params(communityId, replyKey)
                    .update();
            jdbc.sql("DELETE FROM trend_reply WHERE community_id = ? AND reply_key = ?").params(communityId, replyKey)
                    .update();
        }
        return week;
    }

    /** Deletes pseudonymous rows of weeks that ended before the given day. */
    int deleteWeeksBefore(LocalDate firstKeptWeek) {
        return jdbc.sql("DELETE FROM trend_mention WHERE week_start < ?").param(firstKeptWeek).update()
                + jdbc.sql("DELETE FROM trend_reply WHERE week_start < ?").param(firstKeptWeek).update()
                + jdbc.sql("DELETE FROM trend_reaction WHERE week_start < ?").param(firstKeptWeek).update();
    }

    /** Communities and the weeks of theirs that still have rows before the given Monday. */
    Map<Long, List<LocalDate>> weeksBefore(LocalDate firstKeptWeek) {
        Map<Long, List<LocalDate>> weeks = new TreeMap<>();
        jdbc.sql("SELECT community_id, week_start FROM trend_reply WHERE week_start < ? UNION "
                        + "SELECT community_id, week_start FROM trend_reaction WHERE week_start < ?")
                .params(firstKeptWeek, firstKeptWeek)
                .query((rs, row) -> weeks.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(rs.getObject(2, LocalDate.class))).list();
        return weeks;
    }
}
