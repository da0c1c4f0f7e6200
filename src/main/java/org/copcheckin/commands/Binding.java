package org.copcheckin.commands;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
        Map<String, Object> values = new LinkedHashMap<>();
        for (Option option : sub.options()) {
            Object value = raw.get(option.name());
            if (value instanceof String text && text.isBlank() && option.type() != Option.Type.FLAG) {
                value = null;
            }
            if (value == null) {
                if (option.required()) {
                    return new Result.Problem("`" + sub.key() + "` needs " + describe(option) + ".");
                }
                continue;
            }
            Optional<Object> checked = check(option, value);
            if (checked.isEmpty()) {
                return new Result.Problem("`" + value + "` is not " + describe(option) + ".");
            }
            values.put(option.name(), checked.get());
        }
        for (String name : raw.keySet()) {
            if (sub.options().stream().noneMatch(option -> option.name().equals(name))) {
                return new Result.Problem("`" + sub.key() + "` has no option `" + name + "`.");
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

    static String describe(Option option) {
        String what = switch (option.type()) {
            case WORD -> option.choices().isEmpty() ? "a " + option.name() : "one of " + String.join(", ", option.choices());
            case TEXT -> "a " + option.name();
            case INTEGER -> option.choices().isEmpty() ? "a whole number from " + option.min() + " to " + option.max()
                    : "one of " + String.join(", ", option.choices());
            case FLAG -> "on or off";
            case MEMBER -> "a mention of a member (type @ and pick them)";
            case DATE -> "a date written YYYY-MM-DD, such as 2026-09-01";
            case FILE -> "a text file";
        };
        return option.form() == Option.Form.NAMED ? what + " after `" + option.word() + "`" : what;
    }
}
