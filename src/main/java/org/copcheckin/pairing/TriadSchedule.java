package org.copcheckin.pairing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Kirkman schedule for every member count {@code n ≡ 3 (mod 6)} up to {@value KirkmanDesigns#EVERY_COUNT_UP_TO}
 * (and some beyond):
 * {@code (n-1)/2} rounds of triads over positions {@code 0..n-1} in which every two positions meet exactly once
 * (built by {@link KirkmanDesigns}). Like {@link RoundRobinSchedule} it is laid over the stable member order, so
 * with a fixed membership every round of the design is fresh until it is used up. Designs depend only on
 * {@code n}, so each is built once per process.
 */
final class TriadSchedule {

    private static final Map<Integer, Optional<TriadSchedule>> BUILT = new ConcurrentHashMap<>();

    /** rounds[r][3g + k]: the k-th position of group g in round r */
    private final int[][] rounds;

    private TriadSchedule(int[][] rounds) {
        this.rounds = rounds;
    }

    static Optional<TriadSchedule> forCount(int n) {
        if (n % 6 != 3 || n > KirkmanDesigns.MAX_MEMBERS) {
            return Optional.empty();
        }
        return BUILT.computeIfAbsent(n, count -> KirkmanDesigns.design(count).map(TriadSchedule::new));
    }

    int rounds() {
        return rounds.length;
    }

    /** The groups of round {@code r}, by position. */
    int[] round(int r) {
        return rounds[r].clone();
    }

    /** The cheapest round of the design (ties: the first from where the seed says), as member indices. */
    List<int[]> bestRound(int[] stableOrder, PairCosts costs, long seed) {
        int start = (int) Math.floorMod(GroupBuilder.mix(seed), (long) rounds.length);
        long best = Long.MAX_VALUE;
        int bestRound = start;
        for (int t = 0; t < rounds.length && best > 0; t++) {
            int r = (start + t) % rounds.length;
            long cost = 0;
            for (int g = 0; g < rounds[r].length && cost < best; g += 3) {
                cost += costs.groupCost(members(stableOrder, rounds[r], g));
            }
            if (cost < best) {
                best = cost;
                bestRound = r;
            }
        }
        List<int[]> groups = new ArrayList<>(rounds[bestRound].length / 3);
        for (int g = 0; g < rounds[bestRound].length; g += 3) {
            groups.add(members(stableOrder, rounds[bestRound], g));
        }
        return groups;
    }

    private static int[] members(int[] stableOrder, int[] round, int g) {
        return new int[] {stableOrder[round[g]], stableOrder[round[g + 1]], stableOrder[round[g + 2]]};
    }
}
