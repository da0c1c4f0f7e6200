package org.copcheckin.checkins;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.copcheckin.community.Language;
import org.copcheckin.platform.Message;

/**
 * Default prompt texts, drawn from how CoP facilitators open a check-in, each with the privacy reminder, in the
 * community's language (bundle {@code i18n/messages}, keys {@code prompt.*}).
 */
public final class PromptTexts {

    /** The longest custom prompt a facilitator may write, in characters. */
    public static final int MAX_CUSTOM_LENGTH = 1500;

    static final String PRIVACY_REMINDER = Language.EN.text("prompt.privacy");

    private PromptTexts() {
    }

    /** The prompt in English. */
    public static Message promptMessage(PromptKind kind, String customText) {
        return promptMessage(List.of(Language.EN), kind, customText);
    }

    /**
     * The prompt in each of the languages, in order (a bilingual community's {@code --both}: its own language,
     * then English), each with its privacy reminder; a custom prompt's text is the facilitator's, once.
     */
    public static Message promptMessage(List<Language> languages, PromptKind kind, String customText) {
        Language first = languages.get(0);
        List<String> paragraphs = new ArrayList<>();
        for (Language language : languages) {
            if (kind != PromptKind.CUSTOM) {
                paragraphs.add(language.text("prompt." + kind.word() + ".body"));
            } else if (language == first) {
                paragraphs.add(customText);
            }
            paragraphs.add(language.text("prompt.reply"));
            paragraphs.add(language.text("prompt.privacy"));
        }
        String title = languages.stream().map(language -> language.text("prompt." + kind.word() + ".title"))
                .distinct().collect(Collectors.joining(" / "));
        return Message.of(title, paragraphs.toArray(String[]::new));
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
        return storedPromptText(Language.EN, kind, customText);
    }

    static String storedPromptText(Language language, PromptKind kind, String customText) {
        return kind == PromptKind.CUSTOM ? customText : language.text("prompt." + kind.word() + ".body");
    }
}
