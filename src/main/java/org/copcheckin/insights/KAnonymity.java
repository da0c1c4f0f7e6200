package org.copcheckin.insights;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The k-anonymity rule of DESIGN.md: a term or theme is shown only when at least k distinct participants gave
 * it (the community's k, never below 2); smaller counts are folded into "other". Pure.
 */
public final class KAnonymity {

    /** The lowest k any view may use. */
    public static final int MINIMUM = 2;

    private KAnonymity() {
    }

    public static int threshold(int communityK) {
        return Math.max(MINIMUM, communityK);
    }

    public static boolean shows(int participants, int communityK) {
        return participants >= threshold(communityK);
    }

    /**
     * @param counts distinct participants per term or theme
     * @return those shown, most participants first (ties by name), and the folded remainder
     */
    public static Folded fold(Map<String, Integer> counts, int communityK) {
        Map<String, Integer> shown = new LinkedHashMap<>();
        int other = 0;
        int otherTerms = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList()) {
            if (shows(entry.getValue(), communityK)) {
                shown.put(entry.getKey(), entry.getValue());
            } else {
                other += entry.getValue();
                otherTerms++;
            }
        }
        return new Folded(shown, other, otherTerms);
    }

    /**
     * @param shown      terms or themes with at least k participants, most first
     * @param other      the participants' mentions folded into "other"
     * @param otherTerms how many terms or themes were folded
     */
    public record Folded(Map<String, Integer> shown, int other, int otherTerms) {
        public Folded {
            shown = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shown));
        }
    }
}
