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

    /** rounds[r]: the positions of round r, group after group, in the sizes of {@link #shape} */
    private final int[][] rounds;
    private final int[] shape;
    private final int[] shared;
    private final boolean design;

    private TriadSchedule(int[][] rounds, int n, boolean design) {
        this.rounds = rounds;
        this.shape = GolferSchedule.shape(n);
        this.shared = shared(n, rounds, shape);
        this.design = design;
    }

    static Optional<TriadSchedule> forCount(int n) {
        if (n < 3 || n > KirkmanDesigns.MAX_MEMBERS) {
            return Optional.empty();
        }
        return BUILT.computeIfAbsent(n, count -> KirkmanDesigns.design(count)
                .map(rounds -> new TriadSchedule(rounds, count, true))
                .or(() -> GolferSchedule.forCount(count).map(rounds -> new TriadSchedule(rounds, count, false))));
    }

    /** Whether every two positions meet exactly once over the rounds. */
    boolean isDesign() {
        return design;
    }

    int rounds() {
        return rounds.length;
    }

    /** The groups of round {@code r}, by position. */
    int[] round(int r) {
        return rounds[r].clone();
    }

    /**
     * A round of the schedule as member indices; {@code onPlan} when it repeats no more pairs than it shares with
     * the schedule's other rounds, as it does while a fixed membership works through the schedule (then the
     * round is best taken as it is: changing it now would cost repeats in the rounds still to come).
     */
    record Round(List<int[]> groups, boolean onPlan) {
    }

    /** The cheapest round (ties: the first from where the seed says). */
    Round bestRound(int[] stableOrder, PairCosts costs, long seed) {
        int start = (int) Math.floorMod(GroupBuilder.mix(seed), (long) rounds.length);
        long best = Long.MAX_VALUE;
        int bestRound = start;
        for (int t = 0; t < rounds.length && best > 0; t++) {
            int r = (start + t) % rounds.length;
            long cost = 0;
            for (int g = 0, pos = 0; g < shape.length && cost < best; pos += shape[g++]) {
                cost += costs.groupCost(members(stableOrder, rounds[r], pos, shape[g]));
            }
            if (cost < best) {
                best = cost;
                bestRound = r;
            }
        }
        List<int[]> groups = new ArrayList<>(shape.length);
        int repeats = 0;
        for (int g = 0, pos = 0; g < shape.length; pos += shape[g++]) {
            int[] group = members(stableOrder, rounds[bestRound], pos, shape[g]);
            for (int i = 0; i < group.length; i++) {
                for (int j = i + 1; j < group.length; j++) {
                    repeats += costs.metBefore(group[i], group[j]) ? 1 : 0;
                }
            }
            groups.add(group);
        }
        return new Round(groups, repeats <= shared[bestRound]);
    }

    /** For each round, how many of its pairs also meet in another round of the schedule (0 for a design). */
    private static int[] shared(int n, int[][] rounds, int[] shape) {
        int[] met = new int[n * n];
        forEachPair(rounds, shape, (r, a, b) -> met[a * n + b]++);
        int[] shared = new int[rounds.length];
        forEachPair(rounds, shape, (r, a, b) -> shared[r] += met[a * n + b] > 1 ? 1 : 0);
        return shared;
    }

    private interface PairVisitor {
        void visit(int round, int low, int high);
    }

    private static void forEachPair(int[][] rounds, int[] shape, PairVisitor visitor) {
        for (int r = 0; r < rounds.length; r++) {
            for (int g = 0, pos = 0; g < shape.length; pos += shape[g++]) {
                for (int i = pos; i < pos + shape[g]; i++) {
                    for (int j = i + 1; j < pos + shape[g]; j++) {
                        visitor.visit(r, Math.min(rounds[r][i], rounds[r][j]), Math.max(rounds[r][i], rounds[r][j]));
                    }
                }
            }
        }
    }

    private static int[] members(int[] stableOrder, int[] round, int pos, int size) {
        int[] members = new int[size];
        for (int k = 0; k < size; k++) {
            members[k] = stableOrder[round[pos + k]];
        }
        return members;
    }
}
