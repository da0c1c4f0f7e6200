package org.copcheckin.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.copcheckin.community.Community;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Service;

/**
 * {@code export}: an aggregate-only CSV for funders and boards, read through {@link PublishedTrends}: for each
 * finished week, the people who took part and their replies (when at least k people did), and
 * one row per published theme cell; nothing about what is not published. Whole weeks
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

    public String csv(Community community, LocalDate since) {
        LocalDate today = LocalDate.now(clock.withZone(community.zone()));
        TrendQuery query = TrendQuery.finishedWeeksSince(community, since, today);
        StringBuilder csv = new StringBuilder("section,week_start,item,count\n");
        if (query.weekCount() == 0) {
            return csv.toString();
        }
        TrendCells cells = trends.query(query);
        Map<String, String> labels = trends.themeLabels();
        for (WeekCells week : cells.weeks()) {
            week.people().ifPresent(people -> line(csv, "participation", week.start(), "people", people));
            week.replies().ifPresent(replies -> line(csv, "participation", week.start(), "replies", replies));
        }
        for (WeekCells week : cells.weeks()) {
            week.cells(TrendKind.THEME).forEach((theme, cell) ->
                    line(csv, "theme", week.start(), labels.getOrDefault(theme, theme), cell.people()));
        }
        return csv.toString();
    }

    /** The CSV as a private answer, inline in a code block, cut with a note when long. */
    public Message asMessage(Community community, LocalDate since) {
        LocalDate today = LocalDate.now(clock.withZone(community.zone()));
        if (since.isAfter(today)) {
            return Message.text("`since` must be a day up to today; nothing to export.");
        }
        LocalDate from = Weeks.startOf(since);
        if (!from.isBefore(Weeks.startOf(today))) {
            return Message.text("An export has whole weeks only, and this week is not over yet: ask with an earlier "
                    + "`since` (it rounds down to a Monday).");
        }
        String csv = csv(community, since);
        String note = "Whole weeks from Monday " + from + " in " + community.zone().getId() + ", the current week left "
                + "out. Counts are people per week; a figure is shown only when at least "
                + KAnonymity.threshold(community.kAnonymity()) + " people are in it, so weeks or themes with fewer "
                + "are missing, not zero.";
        if (csv.length() > MAX_INLINE) {
            int cut = csv.lastIndexOf('\n', MAX_INLINE);
            csv = csv.substring(0, cut + 1);
            note += " _The export was cut to fit a message: ask again with a later `since` for the rest._";
        }
        return Message.of("Export since " + from, "```\n" + csv + "```", note);
    }

    private static void line(StringBuilder csv, String section, LocalDate week, String item, int count) {
        csv.append(section).append(',').append(week).append(',').append(quote(item)).append(',').append(count).append('\n');
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
