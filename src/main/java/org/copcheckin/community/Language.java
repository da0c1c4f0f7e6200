package org.copcheckin.community;

import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A language a community can work in. Its words come from the resource bundle {@code i18n/messages} (UTF-8
 * properties, English the base); a key missing from a translation falls back to English. Placeholders are
 * {@code {0}}, {@code {1}}, ... and replaced literally (no {@code MessageFormat}, so French apostrophes need no
 * doubling).
 */
public enum Language {
    EN("en", "English"),
    FR("fr", "français"),
    ES("es", "español");

    private static final String BUNDLE = "i18n.messages";
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(\\d+)}");

    private final String code;
    private final String name;

    Language(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String code() {
        return code;
    }

    /** The language's name in itself: "français". */
    public String displayName() {
        return name;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code.strip())).findFirst();
    }

    /** "fr, es or en", for usage lines and refusals. */
    public static String choices() {
        return "fr, es or en";
    }

    /** Every code, as the settings option offers them. */
    public static String[] codes() {
        return Arrays.stream(values()).map(Language::code).toArray(String[]::new);
    }

    /** The text of a key in this language, with its placeholders filled. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale(), NO_FALLBACK_TO_SYSTEM_LOCALE).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text '" + key + "' in " + BUNDLE, e);
        }
        // one pass: an argument holding "{1}" (an organisation's name, an event's title) is never filled in itself
        java.util.regex.Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder text = new StringBuilder(pattern.length() + 32);
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            String value = index < args.length ? String.valueOf(args[index]) : placeholder.group();
            placeholder.appendReplacement(text, java.util.regex.Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(text);
        return text.toString();
    }

    /** The text of a key when the bundle has it in this language or in English; empty otherwise. */
    public Optional<String> optionalText(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale(), NO_FALLBACK_TO_SYSTEM_LOCALE);
        return bundle.containsKey(key) ? Optional.of(text(key, args)) : Optional.empty();
    }

    /** {@code key.one} when {@code n} is 1, {@code key.many} otherwise; {@code {0}} is n, the others follow. */
    public String plural(String key, long n, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = n;
        System.arraycopy(more, 0, args, 1, more.length);
        return text(key + (n == 1 ? ".one" : ".many"), args);
    }

    /**
     * A theme's label: the taxonomy's own in English (a deployment's taxonomy names its themes); in French or
     * Spanish the bundle's {@code theme.<id>} (the bundled taxonomy's themes), else the taxonomy's label.
     */
    public String themeLabel(String themeId, String taxonomyLabel) {
        return this == EN ? taxonomyLabel : optionalText("theme." + themeId).orElse(taxonomyLabel);
    }

    /** A prompt kind's name in this language ({@code word} is "mot" in French); an unknown word stays as it is. */
    public String kindName(String kindWord) {
        return optionalText("kind." + kindWord).orElse(kindWord);
    }

    /** The English base bundle, never the machine's default locale's, when a key is missing from a translation. */
    private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
