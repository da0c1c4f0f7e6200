package org.copcheckin.digest;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.copcheckin.platform.Message;

/** Renders a digest as a neutral message (light markdown every adapter renders). Pure. */
final class DigestMessage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private DigestMessage() {
    }

    static Message of(Digest d) {
        List<String> p = new ArrayList<>();
        p.add("*Period:* " + DAY.format(d.from()) + " to " + DAY.format(d.to()) + " (" + d.zone().getId() + ")");
        p.add("*Check-ins run:* " + (d.checkInsRun() == 0 ? "none" : d.checkInsRun() + " ("
                + d.checkInsByKind().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")) + ")"));
        p.add("*Participation:* " + participation(d));
        p.add("*Top one-word answers:*" + lines(d.topWords().stream()
                .map(l -> l.label() + " (" + l.participants() + ")").toList(), d.otherWords(), "answers"));
        p.add("*Themes:*" + lines(d.themes().stream().map(DigestMessage::theme).toList(), d.otherThemes(), "mentions"));
        p.add("*Emerging terms:* " + (d.emerging().isEmpty() ? "none this period" : String.join(", ", d.emerging())));
        p.add("*Pairing:* " + d.pairing().filter(s -> s.rounds() > 0)
                .map(s -> s.rounds() + (s.rounds() == 1 ? " round, " : " rounds, ") + s.groupsCompleted() + " of "
                        + s.groups() + " groups met (" + s.completionPercent() + "% completion)")
                .orElse("no pairing rounds"));
        p.add("*Suggested theme for the next meeting:* " + d.suggestedTheme()
                .orElse("not enough shared replies yet; try a challenge prompt this week"));
        p.add("_Only words and themes given by at least " + d.k() + " people are shown; the rest count as other. "
                + "Replies are anonymised and never stored; people cannot be followed across check-ins, so "
                + "participants are counted per check-in._");
        return new Message("Check-in digest", p, List.of());
    }

    private static String participation(Digest d) {
        var part = d.participation();
        if (part.replies() == 0) {
            return "no replies yet";
        }
        String text = part.replies() + (part.replies() == 1 ? " reply" : " replies") + " from " + part.participations()
                + " participants across " + part.checkInsWithReplies() + " check-ins (on average "
                + String.format(Locale.ENGLISH, "%.1f", part.averageParticipants()) + " per check-in)";
        if (d.members().isPresent() && d.members().getAsInt() > 0) {
            int members = d.members().getAsInt();
            text += "; about " + Math.round(100 * part.averageParticipants() / members) + "% of the channel's "
                    + members + " members take part in a check-in, up to " + part.mostParticipantsInACheckIn()
                    + " in one";
        }
        return text;
    }

    private static String theme(Digest.ThemeTrend t) {
        return t.label() + ": " + t.participants() + " participants, " + previous(t.versusPrevious()) + ", "
                + average(t.versusEightWeeks());
    }

    private static String previous(Change change) {
        return switch (change) {
            case NEW -> "new since the previous period";
            case UP -> "▲ up on the previous period";
            case DOWN -> "▼ down on the previous period";
            case STEADY -> "steady on the previous period";
        };
    }

    private static String average(Change change) {
        return switch (change) {
            case NEW -> "new against the last 8 weeks";
            case UP -> "▲ above its 8-week average";
            case DOWN -> "▼ below its 8-week average";
            case STEADY -> "near its 8-week average";
        };
    }

    private static String lines(List<String> items, int other, String what) {
        if (items.isEmpty()) {
            return " none given by enough people to show" + (other > 0 ? " (" + other + " " + what + " counted as other)" : "");
        }
        StringBuilder text = new StringBuilder();
        items.forEach(item -> text.append("\n• ").append(item));
        if (other > 0) {
            text.append("\n• other: ").append(other).append(' ').append(what);
        }
        return text.toString();
    }

    static String altText(Digest d) {
        return "Line chart of themes per week over the last 8 weeks: " + String.join(", ", d.chart().series().keySet())
                + ". Weeks where fewer than " + d.k() + " people raised a theme show 0.";
    }
}
