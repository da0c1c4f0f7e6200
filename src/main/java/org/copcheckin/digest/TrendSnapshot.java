package org.copcheckin.digest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.copcheckin.insights.TrendCells;
import org.copcheckin.insights.TrendQuery;

/**
 * What a digest is composed from, read by {@link DigestQueries}: the published cells of the period's weeks and of
 * the weeks before it (the insights module's one door hands out nothing else), the check-ins run and pairing.
 *
 * @param period    the weeks the digest covers (with the current week so far, for an on-demand digest)
 * @param published every week from the 8 before the period (or the previous period, if longer) to its end
 */
record TrendSnapshot(TrendQuery period, TrendCells published, ZoneId zone, Map<String, Integer> checkInsByKind,
                     Map<String, String> themeLabels, Optional<PairingSummary> pairing) {

    static final int BASELINE_WEEKS = 8;

    int k() {
        return published.k();
    }

    int periodWeeks() {
        return period.weekCount();
    }

    TrendCells periodCells() {
        return published.between(period.firstWeek(), period.lastWeek());
    }

    TrendCells previousCells() {
        return published.between(period.firstWeek().minusWeeks(periodWeeks()), period.firstWeek().minusWeeks(1));
    }

    TrendCells baselineCells() {
        return published.between(period.firstWeek().minusWeeks(BASELINE_WEEKS), period.firstWeek().minusWeeks(1));
    }
}
