package org.copcheckin.checkins;

import org.copcheckin.platform.Message;

/** Default prompt texts, drawn from how CoP facilitators open a check-in, each with the privacy reminder. */
public final class PromptTexts {

    /** The longest custom prompt a facilitator may write, in characters. */
    public static final int MAX_CUSTOM_LENGTH = 1500;

    static final String PRIVACY_REMINDER =
            "_Please don't name students, families or clients, or share details that could identify them. "
                    + "Replies are turned into anonymous trends; the text itself is not kept._";

    private PromptTexts() {
    }

    public static Message promptMessage(PromptKind kind, String customText) {
        return switch (kind) {
            case CHALLENGE -> Message.of("Check-in: one challenge",
                    "Share *one challenge* from your work this past month: a sentence or two is plenty. "
                            + "What got in the way, and what would have helped?",
                    "Reply in this thread.", PRIVACY_REMINDER);
            case WORD -> Message.of("Check-in: one word",
                    "In *one word*, how is your work going right now? Add a few words on why if you like.",
                    "Reply in this thread.", PRIVACY_REMINDER);
            case GLOWS_GROWS -> Message.of("Check-in: glows and grows",
                    "*Glow:* one thing that went well this week. *Grow:* one thing you want to get better at "
                            + "or want help with.",
                    "Reply in this thread.", PRIVACY_REMINDER);
            case CUSTOM -> Message.of("Check-in", customText, "Reply in this thread.", PRIVACY_REMINDER);
        };
    }

    /** The text kept with the check-in, so a digest can say what was asked. */
    /** @throws IllegalArgumentException for a custom prompt without text or longer than {@link #MAX_CUSTOM_LENGTH} */
    static void requireValid(PromptKind kind, String customText) {
        if (kind == PromptKind.CUSTOM && (customText == null || customText.isBlank())) {
            throw new IllegalArgumentException("A custom prompt needs its text");
        }
        if (kind == PromptKind.CUSTOM && customText.length() > MAX_CUSTOM_LENGTH) {
            throw new IllegalArgumentException("A custom prompt can be at most " + MAX_CUSTOM_LENGTH + " characters");
        }
    }

    static String storedPromptText(PromptKind kind, String customText) {
        return kind == PromptKind.CUSTOM ? customText : promptMessage(kind, null).paragraphs().get(0);
    }
}
