package org.copcheckin.community;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence not yet put in a language: a bundle key and its arguments, for the rules outside the commands that
 * say why they refuse something (a calendar feed, a directory entry) before anyone knows the community's language.
 * An argument that is itself a wording is put in the same language. {@link #english()} is the English text, for
 * English callers; never log it (its arguments are what people typed, event titles, organisation names): log the
 * {@link #key()}. {@link #toString()} is the key alone, so a wording concatenated or logged by accident shows no
 * argument and reads as no sentence.
 */
public record Wording(String key, List<Object> args) {

    public Wording {
        args = List.copyOf(args);
    }

    public static Wording of(String key, Object... args) {
        return new Wording(key, Arrays.asList(args));
    }

    public String in(Language language) {
        return language.text(key, args.stream().map(arg -> arg instanceof Wording w ? w.in(language) : arg).toArray());
    }

    public String english() {
        return in(Language.EN);
    }

    /** The key alone: the arguments are what people typed and never go into a log or a string by accident. */
    @Override
    public String toString() {
        return "Wording[key=" + key + "]";
    }
}
