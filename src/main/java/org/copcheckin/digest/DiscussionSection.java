package org.copcheckin.digest;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.copcheckin.community.Language;

/**
 * "What to discuss": the two or three themes most people raised this period, each with its change against the
 * published weeks before, and the seeds' share-back question filled in with them, ready for the next meeting. Only
 * published themes appear (the digest's own list), so nothing here is below k. Pure.
 */
final class DiscussionSection {

    static final int THEMES = 3;
    static final String QUESTION = Language.EN.text("discuss.question");

    private DiscussionSection() {
    }

    static Optional<String> of(Digest d) {
        return of(d, Language.EN);
    }

    static Optional<String> of(Digest d, Language l) {
        if (d.itemsWithheld()) {
            return Optional.empty();
        }
        List<Digest.ThemeTrend> top = d.themes().stream().limit(THEMES).toList();
        if (top.isEmpty()) {
            return Optional.of(l.text("discuss.none", d.k(), l.text("discuss.question")));
        }
        StringBuilder text = new StringBuilder(l.text(top.size() == 1 ? "discuss.one" : "discuss.many"));
        for (Digest.ThemeTrend theme : top) {
            text.append("\n• ").append(theme.label()).append(": ").append(l.plural("digest.people", theme.people()))
                    .append(", ").append(DigestMessage.changes(theme, d.notes().baseline(), l));
        }
        String names = join(top.stream().map(t -> t.label().toLowerCase(l.locale())).toList(), l);
        text.append("\n").append(l.text("discuss.ask", names));
        return Optional.of(text.toString());
    }

    private static String join(List<String> names, Language l) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + l.text("list.and")
                + names.get(names.size() - 1);
    }
}
