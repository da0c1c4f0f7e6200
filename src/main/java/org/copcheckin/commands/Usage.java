package org.copcheckin.commands;

import java.util.List;

import org.copcheckin.platform.Message;

/** The answers to input that does not parse: what is wrong and the usage lines that help. */
final class Usage {

    private Usage() {
    }

    static Message malformed(String problem, List<Subcommand> subcommands) {
        String usage = subcommands.size() == 1 ? "Usage: " + subcommands.get(0).usage()
                : "Usage:\n" + String.join("\n", subcommands.stream().map(sub -> "• " + sub.usage()).toList());
        return Message.of("", problem, usage);
    }
}
