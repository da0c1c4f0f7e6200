package org.copcheckin.digest;

/**
 * What a digest may compare a period with, in a community's first weeks as well as later: the previous period once
 * the community has existed that long, and an average (and emerging terms) once it has {@value #MIN_AVERAGE_WEEKS}
 * weeks before the period, over at most 8 of them. Before that, a theme is neither "new" nor "up": there is nothing
 * to be new against. Pure.
 *
 * @param weeksBefore whole weeks the community existed before the period; negative when it began inside the period
 *                    (-1: in the period's second week), so those first weeks can say they came before it
 * @param periodWeeks weeks in the period
 */
record Baseline(int weeksBefore, int periodWeeks) {

    /** Whether this week of the period (0 first) came before the community was first seen. */
    boolean beforeTheCommunity(int weekOfPeriod) {
        return weekOfPeriod < -weeksBefore;
    }

    /** Weeks of history before the period: none when the community began inside it. */
    int history() {
        return Math.max(0, weeksBefore);
    }

    static final int MIN_AVERAGE_WEEKS = 4;

    static Baseline of(TrendSnapshot s) {
        return new Baseline(s.history().weeksBefore(), s.periodWeeks());
    }

    /** Weeks the average is taken over: the 8 before the period, or fewer in a young community. */
    int averageWeeks() {
        return Math.min(TrendSnapshot.BASELINE_WEEKS, history());
    }

    boolean comparesPrevious() {
        return periodWeeks > 0 && history() >= periodWeeks;
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
