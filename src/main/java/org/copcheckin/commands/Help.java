package org.copcheckin.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.copcheckin.platform.Message;

/** The {@code help} answer with the caller's role, and the answer to a word that is no subcommand. */
final class Help {

    private Help() {
    }

    static Message message(Catalogue catalogue, boolean facilitator) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(facilitator
                ? "You are a *facilitator* of this channel."
                : "You are a *member* of this channel. Facilitators run prompts, schedules and pairing.");
        paragraphs.add(lines(catalogue.rows().stream().filter(row -> !row.facilitatorOnly()).toList()));
        if (facilitator) {
            paragraphs.add("*Facilitator commands*\n"
                    + lines(catalogue.rows().stream().filter(Subcommand::facilitatorOnly).toList()));
        }
        paragraphs.add("Replies to prompts become anonymous trends: the text itself is never stored. When a reply "
                + "seems to include a name, a phone number, an e-mail, an address or an id, its author gets one "
                + "private note per check-in suggesting an edit, since the channel can read it.");
        if (facilitator) {
            paragraphs.add("*Safeguarding alerts* (off unless turned on with your protocol) point facilitators at a "
                    + "reply that matches a list of crisis signals. They are not monitoring, they can miss things "
                    + "and be wrong, and they do not replace anyone's reporting duty.");
        }
        return new Message("cop-checkin help", paragraphs, List.of());
    }

    private static String lines(List<Subcommand> rows) {
        return String.join("\n", rows.stream().map(row -> "• " + row.usage()).toList());
    }

    static Message unknown(Catalogue catalogue, String word) {
        String closest = closest(catalogue.firstWords(), word.toLowerCase(Locale.ROOT))
                .map(near -> " Did you mean `" + near + "`?").orElse("");
        String groups = String.join(", ", catalogue.groups().stream().map(group -> "`" + group.name() + "`").toList());
        return Message.of("", "I don't know `" + word + "`." + closest,
                "Commands come in these groups: " + groups + ". `/cop help` lists them all.");
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
