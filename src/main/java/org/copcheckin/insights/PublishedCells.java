package org.copcheckin.insights;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published cells of finished weeks, kept in {@code trend_week} and {@code trend_cell}: written once a week
 * is over (a finished week gets no new replies: a reply counts in the week it arrives) and kept as they are, also
 * after a deleted reply or forget-me removes rows of the week (two different versions of a week could be
 * subtracted) and after the rows expire. Only cells of at least k people are ever written here (the schema refuses
 * fewer than 2).
 */
@Repository
class PublishedCells {

    /** A stored week: the k it was published with. */
    record Stored(LocalDate week, int k) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;

    PublishedCells(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
    }

    Map<LocalDate, Integer> storedWeeks(long communityId, LocalDate first, LocalDate last) {
        Map<LocalDate, Integer> weeks = new TreeMap<>();
        jdbc.sql("SELECT week_start, k FROM trend_week WHERE community_id = ? AND week_start BETWEEN ? AND ?")
                .params(communityId, first, last)
                .query((rs, row) -> weeks.put(rs.getObject(1, LocalDate.class), rs.getInt(2))).list();
        return weeks;
    }

    /** Replaces the stored figures of a week; another replica storing it at the same moment is fine. */
    void store(long communityId, WeekCells week, int k) {
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("DELETE FROM trend_week WHERE community_id = ? AND week_start = ?")
                        .params(communityId, week.start()).update();
                jdbc.sql("INSERT INTO trend_week (community_id, week_start, k, people, replies) VALUES (?, ?, ?, ?, ?)")
                        .params(communityId, week.start(), k, boxed(week.people()), boxed(week.replies())).update();
                List<Object[]> cells = new java.util.ArrayList<>();
                week.items().forEach((kind, byItem) -> byItem.values().forEach(cell -> cells.add(new Object[] {
                        communityId, week.start(), kind.name(), cell.item(), cell.label().orElse(null), cell.people()})));
                if (!cells.isEmpty()) {
                    template.batchUpdate("INSERT INTO trend_cell (community_id, week_start, kind, item, label, people) "
                            + "VALUES (?, ?, ?, ?, ?, ?)", cells);
                }
            });
        } catch (DuplicateKeyException storedElsewhere) {
            // another request or replica stored this week first: theirs is the same
        }
    }

    /** The stored weeks between the two Mondays, with only the cells of at least k people. */
    Map<LocalDate, WeekCells> read(long communityId, LocalDate first, LocalDate last, int k) {
        Map<LocalDate, OptionalInt[]> participation = new TreeMap<>();
        jdbc.sql("SELECT week_start, people, replies FROM trend_week WHERE community_id = ? AND week_start BETWEEN ? AND ?")
                .params(communityId, first, last)
                .query((rs, row) -> {
                    int people = rs.getInt(2);
                    boolean shown = !rs.wasNull() && people >= k;
                    int replies = rs.getInt(3);
                    return participation.put(rs.getObject(1, LocalDate.class), new OptionalInt[] {
                            shown ? OptionalInt.of(people) : OptionalInt.empty(),
                            shown ? OptionalInt.of(replies) : OptionalInt.empty()});
                }).list();
        Map<LocalDate, Map<TrendKind, Map<String, Cell>>> items = new TreeMap<>();
        jdbc.sql("SELECT week_start, kind, item, label, people FROM trend_cell WHERE community_id = ? "
                        + "AND week_start BETWEEN ? AND ? AND people >= ? ORDER BY people DESC, item")
                .params(communityId, first, last, k)
                .query((rs, row) -> items.computeIfAbsent(rs.getObject(1, LocalDate.class), w -> new EnumMap<>(TrendKind.class))
                        .computeIfAbsent(TrendKind.valueOf(rs.getString(2)), kind -> new LinkedHashMap<>())
                        .put(rs.getString(3), new Cell(rs.getString(3), Optional.ofNullable(rs.getString(4)), rs.getInt(5))))
                .list();
        Map<LocalDate, WeekCells> weeks = new TreeMap<>();
        participation.forEach((week, figures) -> weeks.put(week, new WeekCells(week, false, figures[0], figures[1],
                items.getOrDefault(week, Map.of()))));
        return weeks;
    }

    int deleteBefore(LocalDate firstKeptWeek) {
        return jdbc.sql("DELETE FROM trend_cell WHERE week_start < ?").param(firstKeptWeek).update()
                + jdbc.sql("DELETE FROM trend_week WHERE week_start < ?").param(firstKeptWeek).update();
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
