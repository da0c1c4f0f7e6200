package org.copcheckin.digest;

/**
 * Pairing rounds run in a period, for the digest.
 *
 * @param rounds          rounds run
 * @param groups          pairs and triads introduced
 * @param groupsCompleted groups that reported they met
 */
public record PairingSummary(int rounds, int groups, int groupsCompleted) {

    public int completionPercent() {
        return groups == 0 ? 0 : (int) Math.round(100.0 * groupsCompleted / groups);
    }
}
