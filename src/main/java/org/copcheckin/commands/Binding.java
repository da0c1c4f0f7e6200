package org.copcheckin.commands;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.copcheckin.community.Language;
import org.copcheckin.platform.MemberRef;

/**
 * Checks raw option values (words from text, or a platform's typed values) against a subcommand's options and
 * turns them into {@link Args}: the same rules whichever way the command came in.
 */
final class Binding {

    private Binding() {
    }

    /** The checked values, or what is wrong. */
    sealed interface Result {
        record Bound(Args args) implements Result {
        }

        record Problem(String problem) implements Result {
        }
    }

    static Result bind(Subcommand sub, Map<String, Object> raw) {
        return bind(sub, raw, Language.EN);
    }

    /** The same, with what is wrong said in the community's language. */
    static Result bind(Subcommand sub, Map<String, Object> raw, Language l) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Option option : sub.options()) {
            Object value = raw.get(option.name());
            if (value instanceof String text && text.isBlank() && option.type() != Option.Type.FLAG) {
                value = null;
            }
            if (value == null) {
                if (option.required()) {
                    return new Result.Problem(l.text("bind.needs", sub.typed(), describe(option, l)));
                }
                continue;
            }
            Optional<Object> checked = check(option, value);
            if (checked.isEmpty() && option.type() == Option.Type.INTEGER && integer(value).isPresent()) {
                // a whole number out of range: "1 is not a whole number from 2 to 50" would be false
                return new Result.Problem(l.text("bind.range", named(sub, option), what(option, l), value));
            }
            if (checked.isEmpty()) {
                return new Result.Problem(l.text("bind.not", value, describe(option, l)));
            }
            values.put(option.name(), checked.get());
        }
        for (String name : raw.keySet()) {
            if (sub.options().stream().noneMatch(option -> option.name().equals(name))) {
                return new Result.Problem(l.text("bind.no.option", sub.typed(), name));
            }
        }
        return new Result.Bound(new Args(values));
    }

    private static Optional<Object> check(Option option, Object value) {
        return switch (option.type()) {
            case WORD -> value instanceof String word
                    ? (option.choices().isEmpty() ? Optional.of(word.strip()) : option.choice(word.strip()).map(c -> c))
                    : Optional.empty();
            case TEXT -> value instanceof String text ? Optional.of(text.strip()) : Optional.empty();
            case INTEGER -> integer(value).filter(n -> n >= option.min() && n <= option.max())
                    .filter(n -> option.choices().isEmpty() || option.choices().contains(String.valueOf(n)))
                    .map(n -> n);
            case FLAG -> value instanceof Boolean flag ? Optional.of(flag) : Optional.empty();
            case MEMBER -> value instanceof MemberRef member ? Optional.of(member) : Optional.empty();
            case DATE -> date(value).map(d -> d);
            case FILE -> value instanceof String text ? Optional.of(text) : Optional.empty();
        };
    }

    private static Optional<Long> integer(Object value) {
        if (value instanceof Long number) {
            return Optional.of(number);
        }
        if (value instanceof String text) {
            try {
                return Optional.of(Long.parseLong(text.strip().replaceFirst("^#", "")));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(Object value) {
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** How the answer names a number: its word ({@code size}), or a bare {@code <n>} by its subcommand ({@code k}). */
    private static String named(Subcommand sub, Option option) {
        if (option.form() == Option.Form.NAMED && option.word() != null) {
            return option.word();
        }
        return option.name().length() == 1 ? sub.path().get(sub.path().size() - 1) : option.name();
    }

    static String describe(Option option) {
        return describe(option, Language.EN);
    }

    static String describe(Option option, Language l) {
        String what = what(option, l);
        return option.form() == Option.Form.NAMED ? l.text("bind.after", what, option.word()) : what;
    }

    private static String what(Option option, Language l) {
        return switch (option.type()) {
            case WORD -> option.choices().isEmpty() ? l.text("bind.a", option.name())
                    : l.text("bind.one.of", String.join(", ", option.choices()));
            case TEXT -> l.text("bind.a", option.name());
            case INTEGER -> option.choices().isEmpty() ? l.text("bind.number", option.min(), option.max())
                    : l.text("bind.one.of", String.join(", ", option.choices()));
            case FLAG -> l.text("bind.flag");
            case MEMBER -> l.text("bind.member");
            case DATE -> l.text("bind.date");
            case FILE -> l.text("bind.file");
        };
    }
}
