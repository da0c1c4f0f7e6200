package org.copcheckin.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.copcheckin.community.Community;
import org.copcheckin.community.Language;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;

/**
 * One row of the {@link Catalogue}: a subcommand's words, its typed options, who may run it, its usage and its
 * handler. The text parser, help, usage answers, gating, Discord's registration and dispatch all read it.
 *
 * @param group           the help group it is listed under ({@code schedule}, {@code pair}, {@code settings})
 * @param path            its words after {@code /cop}: one ({@code pair}) or a group and a verb ({@code schedule add})
 * @param aliases         other spellings of its last word ({@code opt-out}, {@code rm})
 * @param options         its typed options, in the order they are written
 * @param facilitatorOnly whether only facilitators may run it
 * @param forms           its grammar as the README writes it ({@code schedule add <what> <when> [zone]})
 * @param summary         what it does, in a line (Discord shows it; at most 100 characters)
 * @param example         a complete command that parses, for help, the playground and the tests
 * @param handler         what runs it
 * @param confirmed       what runs once its caller confirmed (see {@link Reply.Confirm}); null when it never asks
 */
public record Subcommand(String group, List<String> path, List<String> aliases, List<Option> options,
                         boolean facilitatorOnly, List<String> forms, String summary, String example,
                         Handler handler, Confirmed confirmed) {

    public Subcommand {
        path = List.copyOf(path);
        aliases = List.copyOf(aliases);
        options = List.copyOf(options);
        forms = List.copyOf(forms);
        Objects.requireNonNull(handler, "handler");
    }

    /** Runs a subcommand whose options were checked. */
    @FunctionalInterface
    public interface Handler {
        Reply run(Context context, Args args);
    }

    /**
     * Runs what its caller confirmed: the community the question was asked in, the caller, and the argument the
     * handler gave {@link Confirmations#ask}. The caller's role was checked when they asked.
     */
    @FunctionalInterface
    public interface Confirmed {
        Message run(Community community, MemberRef caller, String argument);
    }

    /** Its words joined: {@code schedule add}. */
    public String key() {
        return String.join(" ", path);
    }

    /**
     * Its words as people type them: {@code partners} for {@code partners find}, whose last word may be left out
     * (an alias of ""), so an answer never names a word nobody typed.
     */
    public String typed() {
        return aliases.contains("") && path.size() > 1 ? String.join(" ", path.subList(0, path.size() - 1)) : key();
    }

    /** The usage line: {@code `/cop pause <weeks>`: skip pairing for 1-52 weeks}. */
    public String usage() {
        return usage(Language.EN);
    }

    /** The usage line in a language: the command's words stay English (the grammar), its summary is translated. */
    public String usage(Language l) {
        return String.join(l.text("list.or"), forms.stream().map(form -> "`/cop " + form + "`").toList()) + ": "
                + summary(l);
    }

    /** What it does in a language: the bundle's {@code summary.<metric name>}, the row's own English otherwise. */
    public String summary(Language l) {
        return l == Language.EN ? summary : l.optionalText("summary." + metricName()).orElse(summary);
    }

    /** The name the metrics use: {@code schedule_add}. */
    String metricName() {
        return String.join("_", path).replace('-', '_');
    }

    static Builder in(String group, String... path) {
        return new Builder(group, List.of(path));
    }

    /** Builds a row; {@code member()} or {@code facilitator()} first, {@code handler} last. */
    static final class Builder {
        private final String group;
        private final List<String> path;
        private final List<String> aliases = new ArrayList<>();
        private final List<Option> options = new ArrayList<>();
        private final List<String> forms = new ArrayList<>();
        private boolean facilitatorOnly;
        private String summary;
        private String example;
        private Confirmed confirmed;

        private Builder(String group, List<String> path) {
            this.group = group;
            this.path = path;
        }

        Builder facilitator() {
            facilitatorOnly = true;
            return this;
        }

        Builder member() {
            facilitatorOnly = false;
            return this;
        }

        Builder alias(String... more) {
            aliases.addAll(List.of(more));
            return this;
        }

        Builder option(Option... more) {
            options.addAll(List.of(more));
            return this;
        }

        Builder form(String... more) {
            forms.addAll(List.of(more));
            return this;
        }

        Builder does(String what) {
            summary = what;
            return this;
        }

        Builder example(String text) {
            example = text;
            return this;
        }

        /** What runs when its caller confirms a {@link Reply.Confirm} the handler returned. */
        Builder confirmed(Confirmed onConfirm) {
            confirmed = onConfirm;
            return this;
        }

        Subcommand handler(Handler handler) {
            return new Subcommand(group, path, aliases, options, facilitatorOnly,
                    forms.isEmpty() ? List.of(String.join(" ", path)) : forms, summary, example == null
                    ? String.join(" ", path) : example, handler, confirmed);
        }

        /** For handlers that answer with a message and nothing else. */
        Subcommand answers(java.util.function.BiFunction<Context, Args, Message> handler) {
            return handler((context, args) -> new Reply.Answer(handler.apply(context, args)));
        }
    }
}
