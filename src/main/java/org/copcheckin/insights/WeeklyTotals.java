package org.copcheckin.insights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.copcheckin.community.Community;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts per week (Monday to Sunday in the community's zone): from the weekly aggregates where a week has been
 * rolled up, from the pseudonymous rows otherwise. Counts are raw here, or folded already in aggregates.
 */
@Component
class WeeklyTotals {

    static final String OTHER = "(other)";

    /** One week's counts; {@code themes} and {@code words} by theme id or word label. */
    record Week(LocalDate start, int checkIns, int replies, int participants, Map<String, Integer> themes,
                Map<String, Integer> words) {
    }

    private final JdbcClient jdbc;
    private final Trends trends;

    WeeklyTotals(JdbcClient jdbc, Trends trends) {
        this.jdbc = jdbc;
        this.trends = trends;
    }

    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Weeks from the week of {@code from} to the week of {@code to}, oldest first; weeks without data left out. */
    List<Week> weeks(Community community, LocalDate from, LocalDate to) {
        LocalDate first = weekOf(from);
        LocalDate last = weekOf(to);
        Map<LocalDate, Week> weeks = new TreeMap<>(aggregated(community, first, last));
        Set<LocalDate> rolledUp = new HashSet<>(weeks.keySet());
        raw(community, first, last.plusDays(6)).forEach((start, week) -> {
            if (!rolledUp.contains(start)) {
                weeks.put(start, week);
            }
        });
        return List.copyOf(weeks.values());
    }

    /** The pseudonymous rows of these days, summed per week. */
    Map<LocalDate, Week> raw(Community community, LocalDate from, LocalDate to) {
        Map<LocalDate, int[]> participation = new TreeMap<>();
        Map<LocalDate, Set<Long>> checkIns = new HashMap<>();
        jdbc.sql("SELECT checkin_id, period_day, COUNT(*) AS people, SUM(replies) AS replies FROM insight_participation "
                        + "WHERE community_id = ? AND period_day BETWEEN ? AND ? GROUP BY checkin_id, period_day")
                .params(community.id(), from, to)
                .query((rs, row) -> {
                    LocalDate week = weekOf(rs.getObject("period_day", LocalDate.class));
                    int[] totals = participation.computeIfAbsent(week, w -> new int[2]);
                    totals[0] += rs.getInt("people");
                    totals[1] += rs.getInt("replies");
                    return checkIns.computeIfAbsent(week, w -> new HashSet<>()).add(rs.getLong("checkin_id"));
                }).list();
        Map<LocalDate, Map<String, Integer>> themes = perWeek(trends.daily(community, TrendKind.THEME, from, to));
        Map<LocalDate, Map<String, Integer>> words = perWeek(trends.daily(community, TrendKind.WORD, from, to));
        Map<LocalDate, Week> weeks = new LinkedHashMap<>();
        participation.forEach((week, totals) -> weeks.put(week, new Week(week, checkIns.get(week).size(), totals[1],
                totals[0], themes.getOrDefault(week, Map.of()), words.getOrDefault(week, Map.of()))));
        return weeks;
    }

    private static Map<LocalDate, Map<String, Integer>> perWeek(Map<LocalDate, Map<String, Integer>> daily) {
        Map<LocalDate, Map<String, Integer>> weeks = new HashMap<>();
        daily.forEach((day, counts) -> counts.forEach((term, n) ->
                weeks.computeIfAbsent(weekOf(day), w -> new HashMap<>()).merge(term, n, Integer::sum)));
        return weeks;
    }

    private Map<LocalDate, Week> aggregated(Community community, LocalDate first, LocalDate last) {
        Map<LocalDate, Map<String, Map<String, Integer>>> rows = new TreeMap<>();
        jdbc.sql("SELECT week_start, kind, term, participants FROM insight_aggregate WHERE community_id = ? "
                        + "AND week_start BETWEEN ? AND ?")
                .params(community.id(), first, last)
                .query((rs, row) -> rows.computeIfAbsent(rs.getObject("week_start", LocalDate.class), w -> new HashMap<>())
                        .computeIfAbsent(rs.getString("kind"), k -> new HashMap<>())
                        .put(rs.getString("term"), rs.getInt("participants"))).list();
        Map<LocalDate, Week> weeks = new LinkedHashMap<>();
        rows.forEach((start, kinds) -> weeks.put(start, new Week(start, total(kinds, "CHECKINS"), total(kinds, "REPLIES"),
                total(kinds, "PARTICIPANTS"), kinds.getOrDefault("THEME", Map.of()), kinds.getOrDefault("WORD", Map.of()))));
        return weeks;
    }

    private static int total(Map<String, Map<String, Integer>> kinds, String kind) {
        return kinds.getOrDefault(kind, Map.of()).getOrDefault("", 0);
    }
}
