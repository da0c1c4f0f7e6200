package org.copcheckin.scheduling;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.copcheckin.checkins.PromptKind;

/** What a schedule runs: a prompt of a built-in kind, a pairing round or a digest. */
public enum ScheduledAction {
    CHALLENGE("challenge", PromptKind.CHALLENGE, Duration.ofHours(1)),
    WORD("word", PromptKind.WORD, Duration.ofHours(1)),
    GLOWS_GROWS("glows-grows", PromptKind.GLOWS_GROWS, Duration.ofHours(1)),
    PAIR("pair", null, Duration.ofHours(1)),
    DIGEST("digest", null, Duration.ofHours(24));

    private final String word;
    private final PromptKind promptKind;
    private final Duration grace;

    ScheduledAction(String word, PromptKind promptKind, Duration grace) {
        this.word = word;
        this.promptKind = promptKind;
        this.grace = grace;
    }

    public String word() {
        return word;
    }

    public Optional<PromptKind> promptKind() {
        return Optional.ofNullable(promptKind);
    }

    /** How late a run missed while the app was down may still fire (DESIGN.md: prompts 1 h, digests 24 h). */
    public Duration grace() {
        return grace;
    }

    public static Optional<ScheduledAction> fromWord(String word) {
        return Arrays.stream(values()).filter(action -> action.word.equalsIgnoreCase(word)).findFirst();
    }
}
