package org.copcheckin.digest;

/**
 * What a digest may compare a period with, in a community's first weeks as well as later: the previous period once
 * the community has existed that long, and an average (and emerging terms) once it has {@value #MIN_AVERAGE_WEEKS}
 * weeks before the period, over at most 8 of them. Before that, a theme is neither "new" nor "up": there is nothing
 * to be new against. Pure.
 *
 * @param weeksBefore whole weeks the community existed before the period
 * @param periodWeeks weeks in the period
 */
record Baseline(int weeksBefore, int periodWeeks) {

    static final int MIN_AVERAGE_WEEKS = 4;

    static Baseline of(TrendSnapshot s) {
        return new Baseline(s.history().weeksBefore(), s.periodWeeks());
    }

    /** Weeks the average is taken over: the 8 before the period, or fewer in a young community. */
    int averageWeeks() {
        return Math.min(TrendSnapshot.BASELINE_WEEKS, weeksBefore);
    }

    boolean comparesPrevious() {
        return periodWeeks > 0 && weeksBefore >= periodWeeks;
    }

    boolean comparesAverage() {
        return averageWeeks() >= MIN_AVERAGE_WEEKS;
    }

    Change versusPrevious(int now, int previous) {
        return comparesPrevious() ? Change.versusPrevious(now, previous) : Change.UNKNOWN;
    }

    Change versusAverage(int now, int baselineCount) {
        return comparesAverage() ? Change.versusAverage(now, expected(baselineCount)) : Change.UNKNOWN;
    }

    /** The period's expected count from the baseline weeks' sum (which holds nothing before the community began). */
    double expected(int baselineCount) {
        return averageWeeks() == 0 ? 0 : (double) baselineCount * periodWeeks / averageWeeks();
    }
}
