package org.copcheckin.commands;

/** The outcome of parsing {@code /cop} text: a command, or what is wrong with it. */
sealed interface ParseResult {

    record Parsed(Command command) implements ParseResult {
    }

    /**
     * @param subcommand the subcommand whose usage to show ({@code help} when unknown)
     * @param problem    what is wrong, in a sentence
     */
    record Malformed(String subcommand, String problem) implements ParseResult {
    }
}
