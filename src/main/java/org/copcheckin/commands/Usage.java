package org.copcheckin.commands;

import java.util.List;

import org.copcheckin.community.Language;
import org.copcheckin.platform.Message;

/** The answers to input that does not parse: what is wrong and the usage lines that help. */
final class Usage {

    private Usage() {
    }

    static Message malformed(String problem, List<Subcommand> subcommands) {
        return malformed(problem, subcommands, Language.EN);
    }

    static Message malformed(String problem, List<Subcommand> subcommands, Language l) {
        String usage = subcommands.size() == 1 ? l.text("usage.one", subcommands.get(0).usage(l))
                : l.text("usage.many") + "\n" + String.join("\n", subcommands.stream()
                .map(sub -> "• " + sub.usage(l)).toList());
        return Message.of("", problem, usage);
    }
}
