package org.copcheckin.commands;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A typed option of a subcommand: what Discord offers for it, and how it is written after {@code /cop} in text.
 *
 * @param name        the option's name (Discord's option name, and the key its value is read by)
 * @param type        what kind of value it holds
 * @param form        where it stands in the text
 * @param word        for {@link Form#NAMED} and {@link Form#FLAG}: the word written before it or for it
 * @param description shown by Discord beside the option
 * @param required    whether the subcommand needs it
 * @param choices     the only values allowed, when not empty ({@code opt-in} also matches {@code optin})
 * @param min         the smallest number allowed, for {@link Type#INTEGER}
 * @param max         the largest number allowed, for {@link Type#INTEGER}
 */
public record Option(String name, Type type, Form form, String word, String description, boolean required,
                     List<String> choices, long min, long max) {

    /** The kind of value. */
    public enum Type {
        /** one word, often one of a few choices */
        WORD,
        /** free text: the rest of the line as typed, spacing and case kept */
        TEXT,
        INTEGER,
        /** present or not */
        FLAG,
        /** a mention of a member */
        MEMBER,
        /** a date written YYYY-MM-DD */
        DATE,
        /** a text file the platform attaches (Discord); the adapter hands over its text, the core never a file */
        FILE
    }

    /** Where the value stands in the text. */
    public enum Form {
        /** in its place, after the subcommand's words */
        POSITIONAL,
        /** after its word: {@code since 2026-09-01}, {@code size 3} */
        NAMED,
        /** its word alone: {@code preview} */
        FLAG
    }

    public Option {
        choices = List.copyOf(choices);
    }

    static Option word(String name, String description, String... choices) {
        return new Option(name, Type.WORD, Form.POSITIONAL, null, description, true, List.of(choices), 0, 0);
    }

    static Option text(String name, String description) {
        return new Option(name, Type.TEXT, Form.POSITIONAL, null, description, true, List.of(), 0, 0);
    }

    static Option integer(String name, String description, long min, long max) {
        return new Option(name, Type.INTEGER, Form.POSITIONAL, null, description, true, List.of(), min, max);
    }

    static Option file(String name, String description) {
        return new Option(name, Type.FILE, Form.POSITIONAL, null, description, false, List.of(), 0, 0);
    }

    static Option member(String name, String description) {
        return new Option(name, Type.MEMBER, Form.POSITIONAL, null, description, true, List.of(), 0, 0);
    }

    static Option flag(String word, String description) {
        return new Option(word, Type.FLAG, Form.FLAG, word, description, false, List.of(), 0, 0);
    }

    /** {@code --both}: a bilingual community's prompt in its language and in English. */
    static Option both() {
        return new Option("both", Type.FLAG, Form.FLAG, "--both", "In the channel's language and in English",
                false, List.of(), 0, 0);
    }

    /** The same option written after its word ({@code since 2026-09-01}); its name is the word. */
    Option named() {
        return new Option(name, type, Form.NAMED, name, description, required, choices, min, max);
    }

    Option optional() {
        return new Option(name, type, form, word, description, false, choices, min, max);
    }

    Option ofType(Type other) {
        return new Option(name, other, form, word, description, required, choices, min, max);
    }

    /** The choice this word means, in its declared spelling. */
    Optional<String> choice(String value) {
        String wanted = fold(value);
        return choices.stream().filter(choice -> fold(choice).equals(wanted)).findFirst();
    }

    private static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace("-", "");
    }
}
