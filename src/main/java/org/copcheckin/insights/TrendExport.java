package org.copcheckin.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.copcheckin.community.Community;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Service;

/**
 * {@code export}: an aggregate-only CSV for funders and boards: participation per week and themes per week,
 * with every theme given by fewer than k participants in a week folded into "other". No pseudonyms, no terms.
 */
@Service
public class TrendExport {

    /** Longest CSV shown inline in a chat message; longer ones are cut at a line with a note. */
    static final int MAX_INLINE = 3500;

    private final WeeklyTotals totals;
    private final Trends trends;

    TrendExport(WeeklyTotals totals, Trends trends) {
        this.totals = totals;
        this.trends = trends;
    }

    public String csv(Community community, LocalDate from, LocalDate to) {
        int k = KAnonymity.threshold(community.kAnonymity());
        List<WeeklyTotals.Week> weeks = totals.weeks(community, from, to);
        Map<String, String> labels = trends.themeLabels();
        StringBuilder csv = new StringBuilder("section,week_start,item,count\n");
        for (WeeklyTotals.Week week : weeks) {
            line(csv, "participation", week.start(), "check_ins_with_replies", week.checkIns());
            line(csv, "participation", week.start(), "replies", week.replies());
            line(csv, "participation", week.start(), "participants", week.participants());
        }
        for (WeeklyTotals.Week week : weeks) {
            Map<String, Integer> themes = new java.util.HashMap<>(week.themes());
            int other = themes.getOrDefault(WeeklyTotals.OTHER, 0);
            themes.remove(WeeklyTotals.OTHER);
            KAnonymity.Folded folded = KAnonymity.fold(themes, k);
            folded.shown().forEach((theme, n) -> line(csv, "theme", week.start(), labels.getOrDefault(theme, theme), n));
            if (folded.other() + other > 0) {
                line(csv, "theme", week.start(), "other", folded.other() + other);
            }
        }
        return csv.toString();
    }

    /** The CSV as a private answer, inline in a code block, cut with a note when long. */
    public Message asMessage(Community community, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return Message.text("`since` must be a day up to today; nothing to export.");
        }
        String csv = csv(community, from, to);
        String note = "Aggregate counts only, weeks from Monday in " + community.zone().getId() + "; themes given by "
                + "fewer than " + KAnonymity.threshold(community.kAnonymity()) + " participants in a week are counted as other. "
                + "Participants are counted per check-in.";
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
