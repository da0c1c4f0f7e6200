package org.copcheckin.insights;

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
 * participants.
 */
@Service
public class Trends {

    private final JdbcClient jdbc;
    private final ReplyAnalyser analyser;

    Trends(JdbcClient jdbc, ReplyAnalyser analyser) {
        this.jdbc = jdbc;
        this.analyser = analyser;
    }

    /** Distinct participants per term (stem or theme id) between the two days, both included. */
    public Map<String, Integer> counts(Community community, TrendKind kind, LocalDate from, LocalDate to) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT term, COUNT(*) AS n FROM insight_entry WHERE community_id = ? AND kind = ? "
                        + "AND period_day BETWEEN ? AND ? GROUP BY term")
                .params(community.id(), kind.name(), from, to)
                .query((rs, row) -> counts.put(rs.getString("term"), rs.getInt("n"))).list();
        return counts;
    }

    /** Distinct participants per given term only: cheap over long periods. */
    public Map<String, Integer> counts(Community community, TrendKind kind, LocalDate from, LocalDate to,
                                       List<String> terms) {
        Map<String, Integer> counts = new HashMap<>();
        for (int start = 0; start < terms.size(); start += 100) {
            List<String> chunk = terms.subList(start, Math.min(terms.size(), start + 100));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            List<Object> params = new java.util.ArrayList<>(List.of(community.id(), kind.name(), from, to));
            params.addAll(chunk);
            jdbc.sql("SELECT term, COUNT(*) AS n FROM insight_entry WHERE community_id = ? AND kind = ? "
                            + "AND period_day BETWEEN ? AND ? AND term IN (" + marks + ") GROUP BY term")
                    .params(params).query((rs, row) -> counts.put(rs.getString("term"), rs.getInt("n"))).list();
        }
        return counts;
    }

    /** Distinct participants per day and term, for series over weeks. */
    public Map<LocalDate, Map<String, Integer>> daily(Community community, TrendKind kind, LocalDate from, LocalDate to) {
        Map<LocalDate, Map<String, Integer>> days = new TreeMap<>();
        jdbc.sql("SELECT period_day, term, COUNT(*) AS n FROM insight_entry WHERE community_id = ? AND kind = ? "
                        + "AND period_day BETWEEN ? AND ? GROUP BY period_day, term")
                .params(community.id(), kind.name(), from, to)
                .query((rs, row) -> days.computeIfAbsent(rs.getObject("period_day", LocalDate.class),
                        d -> new HashMap<>()).put(rs.getString("term"), rs.getInt("n"))).list();
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
