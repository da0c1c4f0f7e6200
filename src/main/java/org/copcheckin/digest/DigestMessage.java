package org.copcheckin.digest;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.copcheckin.community.Language;
import org.copcheckin.platform.Message;

/** Renders a digest as a neutral message (light markdown every adapter renders). Pure. */
final class DigestMessage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private DigestMessage() {
    }

    static Message of(Digest d) {
        return of(d, Language.EN);
    }

    /** The digest with its headings, fallbacks and closing note in the community's language (bundle keys digest.*). */
    static Message of(Digest d, Language l) {
        List<String> p = new ArrayList<>();
        p.add(l.text("digest.period") + " " + period(d));
        DigestNotesText.breaks(d).ifPresent(p::add);
        p.add(l.text("digest.checkins") + " " + (d.checkInsRun() == 0 ? l.text("digest.none") : d.checkInsRun() + " ("
                + d.checkInsByKind().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")) + ")"));
        p.add(l.text("digest.participation") + " " + participation(d));
        DigestNotesText.history(d).ifPresent(p::add);
        if (d.itemsWithheld()) {
            p.add("*Answers and themes:* not shown: this channel has fewer than " + d.k() + " members, so any answer "
                    + "could point to one of them. Participation is all a digest shows here.");
        } else {
            p.add(l.text("digest.words") + lines(d.topWords().stream()
                    .map(w -> w.label() + " (" + w.people() + ")").toList(), "an answer", DigestNotesText.other(
                    d.notes().otherWordLabels(), d.otherWords(), "given", d.k()), d.k()));
            p.add(l.text("digest.themes") + lines(d.themes().stream().map(t -> theme(t, d)).toList(), "a theme",
                    DigestNotesText.other(d.notes().otherThemeLabels(), d.otherThemes(), "raised", d.k()), d.k()));
            p.add(l.text("digest.emerging") + " " + (!d.notes().baseline().comparesAverage()
                    ? "not yet: a term is emerging against its usual rate, and there are fewer than "
                    + Baseline.MIN_AVERAGE_WEEKS + " weeks of history to know it"
                    : d.emerging().isEmpty() ? l.text("digest.emerging.none") : String.join(", ", d.emerging())));
            DiscussionSection.of(d).ifPresent(p::add);
        }
        d.review().filter(review -> !d.itemsWithheld()).ifPresent(review -> p.addAll(PeriodReviewText.paragraphs(review, d.k())));
        DigestNotesText.revisions(d).ifPresent(p::add);
        p.add(l.text("digest.pairing") + " " + d.pairing().filter(s -> s.rounds() > 0)
                .map(s -> s.rounds() + (s.rounds() == 1 ? " round, " : " rounds, ") + s.groupsCompleted() + " of "
                        + s.groups() + " groups met (" + s.completionPercent() + "% completion)")
                .orElse(l.text("digest.pairing.none")));
        p.add(l.text("digest.suggested") + " " + d.suggestedTheme()
                .orElse(l.text("digest.suggested.none")));
        p.add(l.text(d.weekCount() > 1 ? "digest.note.weeks" : "digest.note.week", d.k()));
        return new Message(l.text("digest.title"), p, List.of());
    }

    private static String period(Digest d) {
        String text = d.weekCount() == 0 ? "no weeks"
                : d.weekCount() == 1 ? "week of " + DAY.format(d.firstWeek())
                : "weeks of " + DAY.format(d.firstWeek()) + " to " + DAY.format(d.lastWeek());
        return text + (d.soFar() ? ", this week so far" : "") + " (" + d.zone().getId() + ")";
    }

    private static String participation(Digest d) {
        if (d.weeks().isEmpty()) {
            return "no weeks in this period";
        }
        List<String> weeks = new ArrayList<>();
        for (int i = 0; i < d.weeks().size(); i++) {
            Digest.Week week = d.weeks().get(i);
            String when = "week of " + SHORT.format(week.start()) + (week.soFar() ? " (so far)" : "");
            if (d.notes().baseline().beforeTheCommunity(i)) {
                weeks.add(when + ": before cop-checkin was in this channel");
                continue;
            }
            if (week.people().isEmpty()) {
                // fewer than k, or nobody: a digest never says which
                weeks.add(when + ": fewer than " + d.k() + " people");
                continue;
            }
            int people = week.people().getAsInt();
            int replies = week.replies().orElse(0);
            String line = when + ": " + people + " people" + (week.reacted().isPresent()
                    ? " took part (" + week.replied().getAsInt() + " replied, " + week.reacted().getAsInt()
                    + " reacted)" : "") + ", " + replies + (replies == 1 ? " reply" : " replies");
            if (d.members().isPresent() && d.members().getAsInt() > 0) {
                line += " (" + Math.round(100.0 * people / d.members().getAsInt()) + "% of the channel's "
                        + d.members().getAsInt() + " members)";
            }
            weeks.add(line);
        }
        return weeks.size() == 1 ? weeks.get(0) : "\n• " + String.join("\n• ", weeks);
    }

    private static String theme(Digest.ThemeTrend t, Digest d) {
        return t.label() + ": " + t.people() + (t.people() == 1 ? " person, " : " people, ")
                + changes(t, d.notes().baseline());
    }

    /** A theme's changes against what the community's history allows; in its first weeks, says there is none. */
    static String changes(Digest.ThemeTrend t, Baseline base) {
        List<String> parts = new ArrayList<>();
        if (t.versusPrevious() != Change.UNKNOWN) {
            parts.add(previous(t.versusPrevious()));
        }
        if (t.versusEightWeeks() != Change.UNKNOWN) {
            parts.add(average(t.versusEightWeeks(), base));
        }
        return parts.isEmpty() ? "no earlier weeks to compare with yet" : String.join(", ", parts);
    }

    static String previous(Change change) {
        return switch (change) {
            case NEW -> "new since the previous period";
            case UP -> "▲ up on the previous period";
            case DOWN -> "▼ down on the previous period";
            case STEADY -> "steady on the previous period";
            case UNKNOWN -> "no previous period to compare with";
        };
    }

    static String average(Change change, Baseline base) {
        String weeks = base.averageWeeks() + "-week";
        return switch (change) {
            case NEW -> "new against the last " + DigestNotesText.weeks(base.averageWeeks());
            case UP -> "▲ above its " + weeks + " average";
            case DOWN -> "▼ below its " + weeks + " average";
            case STEADY -> "near its " + weeks + " average";
            case UNKNOWN -> "too few weeks for an average";
        };
    }

    private static String lines(List<String> items, String what, String other, int k) {
        if (items.isEmpty()) {
            return DigestNotesText.noneShown(what, k);
        }
        StringBuilder text = new StringBuilder();
        items.forEach(item -> text.append("\n• ").append(item));
        return text.append(other).toString();
    }

    static String altText(Digest d) {
        Digest.Chart chart = d.chart();
        StringBuilder text = new StringBuilder("Bar chart of the period's themes, people per week summed: ");
        text.append(String.join("; ", chart.bars().stream().map(b -> b.label() + " " + b.people()).toList()));
        if (!chart.weeks().isEmpty()) {
            text.append(". Heatmap of the weeks of ").append(SHORT.format(chart.weeks().get(0))).append(" to ")
                    .append(SHORT.format(chart.weeks().get(chart.weeks().size() - 1))).append(", week by week: ");
            text.append(String.join("; ", chart.rows().stream().map(r -> r.label() + " " + DigestChart.cells(r.cells()))
                    .toList()));
        }
        text.append(". Hidden: fewer than ").append(d.k()).append(" people raised it that week, or nobody did.");
        // Slack keeps 1,000 characters of alt text, Discord 1,024
        return text.length() <= 1000 ? text.toString() : text.substring(0, 999) + "…";
    }
}
