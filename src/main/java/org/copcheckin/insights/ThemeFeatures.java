package org.copcheckin.insights;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the theme model reads of a reply: each word's stem when it is a word of the closed vocabulary, a class for
 * numbers ("#12-17" for the ages of minors, "#18", "#number"), each pair of such neighbours in a sentence, and which
 * themes the taxonomy's rules found ({@code rule:housing}). A word outside the vocabulary (a name the anonymiser
 * missed, a typo) is no feature, so the model, trained on these, holds closed-vocabulary words only. This is the
 * definition the trainer uses; {@link ThemeModel} computes the same features without building these strings.
 */
final class ThemeFeatures {

    static final String RULE = "rule:";

    private ThemeFeatures() {
    }

    /** The feature of one stem, or null when it is none. */
    static String word(String stem, Vocabulary vocabulary) {
        if (stem.isEmpty()) {
            return null;
        }
        if (Character.isDigit(stem.charAt(0))) {
            return number(stem);
        }
        return vocabulary.contains(stem) && stem.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-')
                ? stem : null;
    }

    static String number(String digits) {
        if (digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
            return "#number";
        }
        int n = Integer.parseInt(digits);
        return n >= 12 && n <= 17 ? "#12-17" : n == 18 ? "#18" : "#number";
    }

    static String pair(String first, String second) {
        return first + " " + second;
    }

    /** The reply's features, each once. */
    static Set<String> of(List<ThemeText.Sentence> sentences, Set<String> ruleThemes, Vocabulary vocabulary) {
        Set<String> features = new LinkedHashSet<>();
        for (ThemeText.Sentence sentence : sentences) {
            String previous = null;
            for (String stem : sentence.stems()) {
                String word = word(stem, vocabulary);
                if (word != null) {
                    features.add(word);
                    if (previous != null) {
                        features.add(pair(previous, word));
                    }
                }
                previous = word;
            }
        }
        ruleThemes.forEach(theme -> features.add(RULE + theme));
        return features;
    }
}
