package org.copcheckin.insights;

/**
 * The k of DESIGN.md's publishing rule: a cell is published only when at least k distinct people are in it (the
 * community's k, never below 2). Used only inside this module: everything leaving it through
 * {@link PublishedTrends} already obeys it. Pure.
 */
final class KAnonymity {

    /** The lowest k any view may use; the schema refuses stored cells below it. */
    static final int MINIMUM = 2;

    private KAnonymity() {
    }

    static int threshold(int communityK) {
        return Math.max(MINIMUM, communityK);
    }

    /** Whether a count of this many distinct people may be published. */
    static boolean shows(int people, int communityK) {
        return people >= threshold(communityK);
    }
}
