package org.copcheckin.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.copcheckin.community.Community;
import org.copcheckin.community.Language;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Service;

/**
 * {@code export}: an aggregate-only CSV for funders and boards, read through {@link PublishedTrends}: for each
 * finished week, the people who took part and their replies (when at least k people did), and one row per
 * published theme and one-word answer cell, each row with the period and k; nothing about what is not published. Whole weeks
 * only ({@code since} rounds down to its Monday), never the current week. No pseudonyms, no terms.
 */
@Service
public class TrendExport {

    /** Longest CSV shown inline in a chat message; longer ones are cut at a line with a note. */
    static final int MAX_INLINE = 3500;

    private final PublishedTrends trends;
    private final Clock clock;

    TrendExport(PublishedTrends trends, Clock clock) {
        this.trends = trends;
        this.clock = clock;
    }

    /** The header row: every row carries the period and k, so a file read on its own still says what it covers. */
    public static final String HEADER = "period_start,period_end,k,week_start,section,item,count";

    /** The finished weeks of an export from {@code since}: none when the week of {@code since} is not over yet. */
    public TrendQuery period(Community community, LocalDate since) {
        return TrendQuery.finishedWeeksSince(community, since, LocalDate.now(clock.withZone(community.zone())));
    }

    /**
     * The CSV: a header row, then one row per published (week, item) cell: participation (people, replies), themes
     * and one-word answers, each with the period and k. Nothing below k, no pseudonyms, no terms.
     */
    public String csv(Community community, LocalDate since) {
        TrendQuery query = period(community, since);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        if (query.weekCount() == 0) {
            return csv.toString();
        }
        TrendCells cells = trends.query(query);
        String prefix = query.firstWeek() + "," + query.lastWeek().plusDays(6) + "," + cells.k() + ",";
        Map<String, String> labels = trends.themeLabels();
        Map<String, String> words = cells.labels(TrendKind.WORD);
        for (WeekCells week : cells.weeks()) {
            week.people().ifPresent(people -> line(csv, prefix, "participation", week.start(), "people", people));
            week.replies().ifPresent(replies -> line(csv, prefix, "participation", week.start(), "replies", replies));
            week.cells(TrendKind.TAKEPART).forEach((how, cell) ->
                    line(csv, prefix, "participation", week.start(), how, cell.people()));
            week.cells(TrendKind.THEME).forEach((theme, cell) ->
                    line(csv, prefix, "theme", week.start(), labels.getOrDefault(theme, theme), cell.people()));
            week.cells(TrendKind.WORD).forEach((word, cell) ->
                    line(csv, prefix, "answer", week.start(), words.getOrDefault(word, word), cell.people()));
        }
        return csv.toString();
    }

    /** Why there is nothing to export for this {@code since}, or empty when there are whole weeks to export. */
    public Optional<String> refusal(Community community, LocalDate since) {
        return refusal(community, since, Language.EN);
    }

    /** The same, in the community's language. */
    public Optional<String> refusal(Community community, LocalDate since, Language l) {
        LocalDate today = LocalDate.now(clock.withZone(community.zone()));
        if (since.isAfter(today)) {
            return Optional.of(l.text("export.since.future"));
        }
        if (!Weeks.startOf(since).isBefore(Weeks.startOf(today))) {
            return Optional.of(l.text("export.this.week"));
        }
        return Optional.empty();
    }

    /** The k the export's cells were counted with: the community's, never below 2. */
    public int k(Community community) {
        return KAnonymity.threshold(community.kAnonymity());
    }

    /** What the file holds, in words, for the message that comes with it. */
    public String note(Community community, LocalDate since) {
        return note(community, since, Language.EN);
    }

    /** The same, in the community's language. The CSV's header and sections stay machine-readable English. */
    public String note(Community community, LocalDate since, Language l) {
        return l.text("export.note", Weeks.startOf(since), community.zone().getId(),
                KAnonymity.threshold(community.kAnonymity()));
    }

    /** The CSV as a private answer, inline in a code block, cut with a note when long: when no file can be sent. */
    public Message asMessage(Community community, LocalDate since) {
        return asMessage(community, since, Language.EN);
    }

    /** The same, its words in the community's language. */
    public Message asMessage(Community community, LocalDate since, Language l) {
        Optional<String> refused = refusal(community, since, l);
        if (refused.isPresent()) {
            return Message.text(refused.get());
        }
        String csv = csv(community, since);
        String note = note(community, since, l);
        if (csv.length() > MAX_INLINE) {
            int cut = csv.lastIndexOf('\n', MAX_INLINE);
            csv = csv.substring(0, cut + 1);
            note += " " + l.text("export.cut");
        }
        return Message.of(l.text("export.title", Weeks.startOf(since)), "```\n" + csv + "```", note);
    }

    private static void line(StringBuilder csv, String prefix, String section, LocalDate week, String item, int count) {
        csv.append(prefix).append(week).append(',').append(section).append(',').append(quote(item)).append(',')
                .append(count).append('\n');
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
