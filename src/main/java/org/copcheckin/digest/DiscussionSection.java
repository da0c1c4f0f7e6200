package org.copcheckin.digest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "What to discuss": the two or three themes most people raised this period, each with its change against the
 * published weeks before, and the seeds' share-back question filled in with them, ready for the next meeting. Only
 * published themes appear (the digest's own list), so nothing here is below k. Pure.
 */
final class DiscussionSection {

    static final int THEMES = 3;
    static final String QUESTION = "what sector trends or topics do these challenges speak to?";

    private DiscussionSection() {
    }

    static Optional<String> of(Digest d) {
        if (d.itemsWithheld()) {
            return Optional.empty();
        }
        List<Digest.ThemeTrend> top = d.themes().stream().limit(THEMES).toList();
        if (top.isEmpty()) {
            return Optional.of("*What to discuss:* no theme was raised by " + d.k() + " or more people this period. "
                    + "Ask the group: " + QUESTION);
        }
        StringBuilder text = new StringBuilder("*What to discuss:* the theme" + (top.size() == 1 ? "" : "s")
                + " most people raised this period");
        for (Digest.ThemeTrend theme : top) {
            text.append("\n• ").append(theme.label()).append(": ").append(theme.people())
                    .append(theme.people() == 1 ? " person" : " people").append(", ")
                    .append(DigestMessage.changes(theme, d.notes().baseline()));
        }
        String names = join(top.stream().map(t -> t.label().toLowerCase(Locale.ENGLISH)).toList());
        text.append("\nAsk the group: what sector trends or topics do these challenges about ").append(names)
                .append(" speak to?");
        return Optional.of(text.toString());
    }

    private static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + names.get(names.size() - 1);
    }
}
