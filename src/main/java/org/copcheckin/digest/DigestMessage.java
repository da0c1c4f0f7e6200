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

    static DateTimeFormatter day(Language l) {
        return DAY.withLocale(l.locale());
    }

    static DateTimeFormatter shortDay(Language l) {
        return SHORT.withLocale(l.locale());
    }

    private DigestMessage() {
    }

    static Message of(Digest d) {
        return of(d, Language.EN);
    }

    /** The digest with its headings, fallbacks and closing note in the community's language (bundle keys digest.*). */
    static Message of(Digest d, Language l) {
        List<String> p = new ArrayList<>();
        p.add(l.text("digest.period") + " " + period(d, l));
        DigestNotesText.breaks(d, l).ifPresent(p::add);
        p.add(l.text("digest.checkins") + " " + (d.checkInsRun() == 0 ? l.text("digest.none") : d.checkInsRun() + " ("
                + d.checkInsByKind().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getValue() + " " + l.kindName(e.getKey()))
                .collect(Collectors.joining(", ")) + ")"));
        p.add(l.text("digest.participation") + " " + participation(d, l));
        DigestNotesText.history(d, l).ifPresent(p::add);
        if (d.itemsWithheld()) {
            p.add(l.text("digest.withheld", d.k()));
        } else {
            p.add(l.text("digest.words") + lines(d.topWords().stream()
                    .map(w -> w.label() + " (" + w.people() + ")").toList(), l.text("digest.an.answer"),
                    DigestNotesText.other(d.notes().otherWordLabels(), d.otherWords(), l.text("digest.given"), d.k(), l),
                    d.k(), l));
            p.add(l.text("digest.themes") + lines(d.themes().stream().map(t -> theme(t, d, l)).toList(),
                    l.text("digest.a.theme"), DigestNotesText.other(d.notes().otherThemeLabels(), d.otherThemes(),
                            l.text("digest.raised"), d.k(), l), d.k(), l));
            p.add(l.text("digest.emerging") + " " + (!d.notes().baseline().comparesAverage()
                    ? l.text("digest.emerging.not.yet", Baseline.MIN_AVERAGE_WEEKS)
                    : d.emerging().isEmpty() ? l.text("digest.emerging.none") : String.join(", ", d.emerging())));
            DiscussionSection.of(d, l).ifPresent(p::add);
        }
        d.review().filter(review -> !d.itemsWithheld())
                .ifPresent(review -> p.addAll(PeriodReviewText.paragraphs(review, d.k(), l)));
        DigestNotesText.revisions(d, l).ifPresent(p::add);
        p.add(l.text("digest.pairing") + " " + d.pairing().filter(s -> s.rounds() > 0)
                .map(s -> l.plural("digest.pairing.rounds", s.rounds()) + l.text("digest.pairing.met",
                        s.groupsCompleted(), s.groups(), s.completionPercent()))
                .orElse(l.text("digest.pairing.none")));
        // "try a challenge prompt" only when none ran: after one, the replies simply share no theme of k people
        p.add(l.text("digest.suggested") + " " + d.suggestedTheme()
                .orElse(d.checkInsByKind().getOrDefault("challenge", 0) > 0
                        ? l.text("digest.suggested.none.after.challenge", d.k()) : l.text("digest.suggested.none")));
        p.add(l.text(d.weekCount() > 1 ? "digest.note.weeks" : "digest.note.week", d.k()));
        return new Message(l.text("digest.title"), p, List.of());
    }

    private static String period(Digest d, Language l) {
        String text = d.weekCount() == 0 ? l.text("digest.no.weeks")
                : d.weekCount() == 1 ? l.text("digest.week.of", day(l).format(d.firstWeek()))
                : l.text("digest.weeks.of", day(l).format(d.firstWeek()), day(l).format(d.lastWeek()));
        return text + (d.soFar() ? l.text("digest.so.far") : "") + " (" + d.zone().getId() + ")";
    }

    private static String participation(Digest d, Language l) {
        if (d.weeks().isEmpty()) {
            return l.text("digest.no.weeks.period");
        }
        List<String> weeks = new ArrayList<>();
        for (int i = 0; i < d.weeks().size(); i++) {
            Digest.Week week = d.weeks().get(i);
            String when = l.text("digest.week.of", shortDay(l).format(week.start()))
                    + (week.soFar() ? l.text("digest.week.so.far") : "");
            if (d.notes().baseline().beforeTheCommunity(i)) {
                weeks.add(when + ": " + l.text("digest.week.before"));
                continue;
            }
            if (week.people().isEmpty()) {
                // fewer than k, or nobody: a digest never says which
                weeks.add(when + ": " + l.text("digest.week.fewer", d.k()));
                continue;
            }
            int people = week.people().getAsInt();
            int replies = week.replies().orElse(0);
            String line = when + ": " + l.text("digest.week.people", people) + (week.reacted().isPresent()
                    ? l.text("digest.week.took.part", week.replied().getAsInt(), week.reacted().getAsInt()) : "")
                    + ", " + l.plural("digest.replies", replies);
            if (d.members().isPresent() && d.members().getAsInt() > 0) {
                line += l.text("digest.week.share", Math.round(100.0 * people / d.members().getAsInt()),
                        d.members().getAsInt());
            }
            weeks.add(line);
        }
        return weeks.size() == 1 ? weeks.get(0) : "\n• " + String.join("\n• ", weeks);
    }

    private static String theme(Digest.ThemeTrend t, Digest d, Language l) {
        return t.label() + ": " + l.plural("digest.people", t.people()) + ", " + changes(t, d.notes().baseline(), l);
    }

    /** A theme's changes against what the community's history allows; in its first weeks, says there is none. */
    static String changes(Digest.ThemeTrend t, Baseline base) {
        return changes(t, base, Language.EN);
    }

    static String changes(Digest.ThemeTrend t, Baseline base, Language l) {
        List<String> parts = new ArrayList<>();
        if (t.versusPrevious() != Change.UNKNOWN) {
            parts.add(previous(t.versusPrevious(), l));
        }
        if (t.versusEightWeeks() != Change.UNKNOWN) {
            parts.add(average(t.versusEightWeeks(), base, l));
        }
        return parts.isEmpty() ? l.text("digest.change.none") : String.join(", ", parts);
    }

    static String previous(Change change) {
        return previous(change, Language.EN);
    }

    static String previous(Change change, Language l) {
        return l.text("digest.previous." + change.name().toLowerCase(Locale.ROOT));
    }

    static String average(Change change, Baseline base) {
        return average(change, base, Language.EN);
    }

    static String average(Change change, Baseline base, Language l) {
        return change == Change.NEW ? l.text("digest.average.new", DigestNotesText.weeks(base.averageWeeks(), l))
                : l.text("digest.average." + change.name().toLowerCase(Locale.ROOT), base.averageWeeks());
    }

    private static String lines(List<String> items, String what, String other, int k, Language l) {
        if (items.isEmpty()) {
            return DigestNotesText.noneShown(what, k, l);
        }
        StringBuilder text = new StringBuilder();
        items.forEach(item -> text.append("\n• ").append(item));
        return text.append(other).toString();
    }

    static String altText(Digest d) {
        return altText(d, Language.EN);
    }

    /** The chart's text for screen readers, in the community's language. */
    static String altText(Digest d, Language l) {
        Digest.Chart chart = d.chart();
        StringBuilder text = new StringBuilder(l.text("chart.alt.bars"));
        text.append(String.join("; ", chart.bars().stream().map(b -> b.label() + " " + b.people()).toList()));
        if (!chart.weeks().isEmpty()) {
            text.append(l.text("chart.alt.heatmap", shortDay(l).format(chart.weeks().get(0)),
                    shortDay(l).format(chart.weeks().get(chart.weeks().size() - 1))));
            text.append(String.join("; ", chart.rows().stream().map(r -> r.label() + " "
                    + DigestChart.cells(r.cells(), l)).toList()));
        }
        text.append(l.text("chart.alt.hidden", d.k()));
        // Slack keeps 1,000 characters of alt text, Discord 1,024
        return text.length() <= 1000 ? text.toString() : text.substring(0, 999) + "…";
    }
}
