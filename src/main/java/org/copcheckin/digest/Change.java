package org.copcheckin.digest;

/** Which way a theme moved against a baseline; never how many people, so small counts stay hidden. */
enum Change {
    NEW, UP, STEADY, DOWN,
    /** The community is too young to compare with: its first weeks say so instead of "new". */
    UNKNOWN;

    /** Against the previous period: any difference counts. */
    static Change versusPrevious(int now, int previous) {
        if (previous == 0) {
            return NEW;
        }
        return now > previous ? UP : now < previous ? DOWN : STEADY;
    }

    /** Against an expected count from the 8-week average: a quarter either way counts. */
    static Change versusAverage(int now, double expected) {
        if (expected <= 0) {
            return NEW;
        }
        return now > expected * 1.25 ? UP : now < expected * 0.75 ? DOWN : STEADY;
    }
}
