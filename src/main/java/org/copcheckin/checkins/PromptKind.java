package org.copcheckin.checkins;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of prompt, by the word facilitators type. */
public enum PromptKind {
    CHALLENGE("challenge"),
    WORD("word"),
    GLOWS_GROWS("glows-grows"),
    CUSTOM("custom");

    private final String word;

    PromptKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<PromptKind> fromWord(String word) {
        return Arrays.stream(values()).filter(kind -> kind.word.equalsIgnoreCase(word)).findFirst();
    }
}
