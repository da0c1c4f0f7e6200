package org.copcheckin.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.copcheckin.community.Community;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads trends back: distinct participants per term or theme over a period of days (in the community's zone).
 * Counts are raw: every view applies {@link KAnonymity} before showing them. Because the unique key is
 * (check-in, pseudonym, kind, term) and pseudonyms differ per check-in, a row count is a count of distinct
 * participants. Finished days are read from their daily roll-up ({@link DailyCounts}), today from the rows.
 */
@Service
public class Trends {

    private static final String LIVE = "SELECT term, COUNT(*) AS n FROM insight_entry WHERE community_id = ? "
            + "AND kind = ? AND period_day BETWEEN ? AND ?";
    private static final String ROLLED_UP = "SELECT term, SUM(participants) AS n FROM insight_daily "
            + "WHERE community_id = ? AND kind = ? AND period_day BETWEEN ? AND ?";

    private final JdbcClient jdbc;
    private final ReplyAnalyser analyser;
    private final DailyCounts daily;
    private final Clock clock;

    Trends(JdbcClient jdbc, ReplyAnalyser analyser, DailyCounts daily, Clock clock) {
        this.jdbc = jdbc;
        this.analyser = analyser;
        this.daily = daily;
        this.clock = clock;
    }

    /** Distinct participants per term (stem or theme id) between the two days, both included. */
    public Map<String, Integer> counts(Community community, TrendKind kind, LocalDate from, LocalDate to) {
        return counts(community, kind, from, to, null);
    }

    /** Distinct participants per given term only (all terms when {@code terms} is null). */
    public Map<String, Integer> counts(Community community, TrendKind kind, LocalDate from, LocalDate to,
                                       List<String> terms) {
        Map<String, Integer> counts = new HashMap<>();
        if (terms != null && terms.isEmpty()) {
            return counts;
        }
        if (terms != null && terms.size() > 100) {
            // one pass over every term beats many IN-list passes over the same days
            Map<String, Integer> all = counts(community, kind, from, to, null);
            all.keySet().retainAll(new java.util.HashSet<>(terms));
            return all;
        }
        LocalDate today = LocalDate.now(clock.withZone(community.zone()));
        LocalDate lastFinished = to.isBefore(today) ? to : today.minusDays(1);
        if (!lastFinished.isBefore(from)) {
            daily.ensure(community, from, lastFinished);
            sum(counts, ROLLED_UP, community, kind, from, lastFinished, terms);
        }
        LocalDate liveFrom = from.isAfter(today) ? from : today;
        if (!to.isBefore(liveFrom)) {
            sum(counts, LIVE, community, kind, liveFrom, to, terms);
        }
        return counts;
    }

    private void sum(Map<String, Integer> counts, String query, Community community, TrendKind kind, LocalDate from,
                     LocalDate to, List<String> terms) {
        List<List<String>> chunks = terms == null ? java.util.Collections.singletonList(null) : chunks(terms);
        for (List<String> chunk : chunks) {
            List<Object> params = new java.util.ArrayList<>(List.of(community.id(), kind.name(), from, to));
            String filter = "";
            if (chunk != null) {
                filter = " AND term IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
                params.addAll(chunk);
            }
            jdbc.sql(query + filter + " GROUP BY term").params(params)
                    .query((rs, row) -> counts.merge(rs.getString("term"), rs.getInt("n"), Integer::sum)).list();
        }
    }

    private static List<List<String>> chunks(List<String> terms) {
        List<List<String>> chunks = new java.util.ArrayList<>();
        for (int start = 0; start < terms.size(); start += 100) {
            chunks.add(terms.subList(start, Math.min(terms.size(), start + 100)));
        }
        return chunks;
    }

    /** Distinct participants per day and term, for series over weeks. */
    public Map<LocalDate, Map<String, Integer>> daily(Community community, TrendKind kind, LocalDate from, LocalDate to) {
        Map<LocalDate, Map<String, Integer>> days = new TreeMap<>();
        LocalDate today = LocalDate.now(clock.withZone(community.zone()));
        LocalDate lastFinished = to.isBefore(today) ? to : today.minusDays(1);
        if (!lastFinished.isBefore(from)) {
            daily.ensure(community, from, lastFinished);
            jdbc.sql("SELECT period_day, term, participants AS n FROM insight_daily WHERE community_id = ? AND kind = ? "
                            + "AND period_day BETWEEN ? AND ?")
                    .params(community.id(), kind.name(), from, lastFinished)
                    .query((rs, row) -> days.computeIfAbsent(rs.getObject("period_day", LocalDate.class),
                            d -> new HashMap<>()).put(rs.getString("term"), rs.getInt("n"))).list();
        }
        LocalDate liveFrom = from.isAfter(today) ? from : today;
        if (!to.isBefore(liveFrom)) {
            jdbc.sql("SELECT period_day, term, COUNT(*) AS n FROM insight_entry WHERE community_id = ? AND kind = ? "
                            + "AND period_day BETWEEN ? AND ? GROUP BY period_day, term")
                    .params(community.id(), kind.name(), liveFrom, to)
                    .query((rs, row) -> days.computeIfAbsent(rs.getObject("period_day", LocalDate.class),
                            d -> new HashMap<>()).put(rs.getString("term"), rs.getInt("n"))).list();
        }
        return days;
    }

    /**
     * How each one-word answer is shown: the form most participants typed ("overwhelmed", not "overwhelm"),
     * but only when at least k of them typed it; otherwise the stem.
     */
    public Map<String, String> wordLabels(Community community, LocalDate from, LocalDate to) {
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        jdbc.sql("SELECT term, form, COUNT(*) AS n FROM insight_entry WHERE community_id = ? AND kind = 'WORD' "
                        + "AND period_day BETWEEN ? AND ? GROUP BY term, form")
                .params(community.id(), from, to)
                .query((rs, row) -> forms.computeIfAbsent(rs.getString("term"), t -> new HashMap<>())
                        .put(rs.getString("form"), rs.getInt("n"))).list();
        Map<String, String> labels = new LinkedHashMap<>();
        forms.forEach((stem, byForm) -> labels.put(stem, WordForms.display(stem, byForm, community.kAnonymity())));
        return labels;
    }

    public Participation participation(Community community, LocalDate from, LocalDate to) {
        List<int[]> perCheckIn = jdbc.sql("SELECT COUNT(*) AS people, SUM(replies) AS replies FROM insight_participation "
                        + "WHERE community_id = ? AND period_day BETWEEN ? AND ? GROUP BY checkin_id")
                .params(community.id(), from, to)
                .query((rs, row) -> new int[] {rs.getInt("people"), rs.getInt("replies")}).list();
        int people = perCheckIn.stream().mapToInt(r -> r[0]).sum();
        int replies = perCheckIn.stream().mapToInt(r -> r[1]).sum();
        int most = perCheckIn.stream().mapToInt(r -> r[0]).max().orElse(0);
        return new Participation(replies, people, perCheckIn.size(), most);
    }

    /** Theme ids to their labels, in taxonomy order. */
    public Map<String, String> themeLabels() {
        return analyser.taxonomy().labels();
    }
}
