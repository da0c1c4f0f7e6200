package org.copcheckin.digest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.copcheckin.insights.TrendCells;
import org.copcheckin.insights.TrendQuery;
import org.copcheckin.insights.TrendRevision;

/**
 * What a digest is composed from, read by {@link DigestQueries}: the published cells of the period's weeks and of
 * the weeks before it (the insights module's one door hands out nothing else), the check-ins run and pairing.
 *
 * @param period    the weeks the digest covers (with the current week so far, for an on-demand digest)
 * @param published every week from the 8 before the period (or the previous period, if longer) to its end
 * @param history   how long the community has been counted before the period, and why figures changed since
 */
record TrendSnapshot(TrendQuery period, TrendCells published, ZoneId zone, Map<String, Integer> checkInsByKind,
                     Map<String, String> themeLabels, Optional<PairingSummary> pairing, History history) {

    static final int BASELINE_WEEKS = 8;

    /** A snapshot of a community with at least 8 weeks of history and no revised figures. */
    TrendSnapshot(TrendQuery period, TrendCells published, ZoneId zone, Map<String, Integer> checkInsByKind,
                  Map<String, String> themeLabels, Optional<PairingSummary> pairing) {
        this(period, published, zone, checkInsByKind, themeLabels, pairing, History.ESTABLISHED);
    }

    /**
     * @param weeksBefore whole weeks the community existed before the period (its first week counts)
     * @param revisions   why figures of the period's weeks changed since they were first counted
     */
    record History(int weeksBefore, Set<TrendRevision> revisions) {
        static final History ESTABLISHED = new History(BASELINE_WEEKS, Set.of());

        History {
            revisions = Set.copyOf(revisions);
        }
    }

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
