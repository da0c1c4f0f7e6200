package org.copcheckin.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.copcheckin.community.Language;
import org.copcheckin.platform.Message;

/** The {@code help} answer with the caller's role, and the answer to a word that is no subcommand. */
final class Help {

    private Help() {
    }

    static Message message(Catalogue catalogue, boolean facilitator) {
        return message(catalogue, facilitator, Language.EN);
    }

    /** The help in the community's language; the commands themselves are the same words in every language. */
    static Message message(Catalogue catalogue, boolean facilitator, Language language) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(language.text(facilitator ? "help.role.facilitator" : "help.role.member"));
        List<Subcommand> rows = byGroup(catalogue);
        paragraphs.add(lines(rows.stream().filter(row -> !row.facilitatorOnly()).toList(), language));
        if (facilitator) {
            paragraphs.add(language.text("help.facilitator.commands") + "\n"
                    + lines(rows.stream().filter(Subcommand::facilitatorOnly).toList(), language));
        }
        paragraphs.add(language.text("help.privacy"));
        if (facilitator) {
            paragraphs.add(language.text("help.safeguarding"));
        }
        return new Message(language.text("help.title"), paragraphs, List.of());
    }

    /**
     * The rows in the order of the catalogue's groups, so one group's lines stay together although several features
     * add rows to it (the member's own {@code profile} lines and the directory's); a row of no listed group comes last.
     */
    static List<Subcommand> byGroup(Catalogue catalogue) {
        List<String> order = catalogue.groups().stream().map(Catalogue.Group::name).toList();
        return catalogue.rows().stream().sorted(Comparator.comparingInt(row -> {
            int at = order.indexOf(row.group());
            return at < 0 ? order.size() : at;
        })).toList();
    }

    private static String lines(List<Subcommand> rows, Language language) {
        return String.join("\n", rows.stream().map(row -> "• " + row.usage(language)).toList());
    }

    static Message unknown(Catalogue catalogue, String word) {
        return unknown(catalogue, word, Language.EN);
    }

    static Message unknown(Catalogue catalogue, String word, Language l) {
        String closest = closest(catalogue.firstWords(), word.toLowerCase(Locale.ROOT))
                .map(near -> " " + l.text("unknown.closest", near)).orElse("");
        String groups = String.join(", ", catalogue.groups().stream().map(group -> groupName(catalogue, group, l))
                .toList());
        return Message.of("", l.text("unknown.word", word) + closest, l.text("unknown.groups", groups));
    }

    /**
     * A group's first word as typed; a group that is no command word ({@code pairing choices}) is named in the
     * community's language, with the commands it holds.
     */
    private static String groupName(Catalogue catalogue, Catalogue.Group group, Language l) {
        if (!group.name().contains(" ")) {
            return "`" + group.name() + "`";
        }
        return l.text("unknown.group." + group.name().replace(' ', '.')) + " ("
                + String.join(", ", catalogue.inGroup(group.name()).stream().map(row -> "`" + row.path().get(0) + "`")
                .distinct().toList()) + ")";
    }

    /** The known word fewest edits away, when it is close enough to be a slip. */
    static Optional<String> closest(List<String> words, String typed) {
        return words.stream().min(Comparator.comparingInt(word -> distance(word, typed)))
                .filter(word -> distance(word, typed) <= Math.max(1, Math.min(3, word.length() / 3)));
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
