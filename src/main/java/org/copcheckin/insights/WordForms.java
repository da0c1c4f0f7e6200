package org.copcheckin.insights;

import java.util.Map;

/** Chooses how a one-word answer is shown. Pure. */
final class WordForms {

    private WordForms() {
    }

    /**
     * @param forms participants per form typed
     * @return the most used form when at least k participants typed exactly it, otherwise the stem
     */
    static String display(String stem, Map<String, Integer> forms, int communityK) {
        return forms.entrySet().stream()
                .filter(e -> e.getKey() != null)
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .filter(e -> KAnonymity.shows(e.getValue(), communityK))
                .map(Map.Entry::getKey)
                .orElse(stem);
    }
}
