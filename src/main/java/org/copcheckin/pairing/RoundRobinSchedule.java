package org.copcheckin.pairing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A round-robin schedule (a 1-factorisation) over a stable ordering: over {@code N-1} rounds every two members
 * meet exactly once. With a fixed membership the ordering, and so the schedule, is the same every round, so a
 * round in which nobody has met before exists until the schedule is used up, and the probe finds it: that is
 * what gives "no repeat within n-1 rounds" for an even count.
 *
 * <p>The ordering is split into halves X and Y (organisations in blocks, largest first, so X and Y share
 * few organisations). The first rounds pair X with Y by shifts (a Latin square), the later ones pair within X
 * and within Y (the circle method), so the rounds that cross organisations most come early.
 */
final class RoundRobinSchedule {

    /** Pair evaluations spent looking for the best round: every round up to ~1,100 members, some beyond. */
    static final long PROBE_BUDGET = 600_000;
    private static final int GHOST = -1;

    private final int[] x;
    private final int[] y;
    private final int half;
    private final int rounds;

    /** @param stableOrder member indices; for an odd count a ghost makes it even and its partner joins a pair */
    RoundRobinSchedule(int[] stableOrder) {
        int even = stableOrder.length + (stableOrder.length % 2);
        int[] all = new int[even];
        System.arraycopy(stableOrder, 0, all, 0, stableOrder.length);
        if (even != stableOrder.length) {
            all[even - 1] = GHOST;
        }
        half = even / 2;
        x = Arrays.copyOfRange(all, 0, half);
        y = Arrays.copyOfRange(all, half, even);
        rounds = even - 1;
    }

    int rounds() {
        return rounds;
    }

    /** The cheapest of the rounds probed (starting where the seed says), as pairs plus at most one triad. */
    List<int[]> bestRound(PairCosts costs, long seed) {
        long probes = Math.min(rounds, Math.max(1, PROBE_BUDGET / half));
        int start = (int) Math.floorMod(GroupBuilder.mix(seed), (long) rounds);
        int[] first = new int[half];
        int[] second = new int[half];
        long best = Long.MAX_VALUE;
        int bestRound = start;
        for (int t = 0; t < probes && best > 0; t++) {
            int round = (start + t) % rounds;
            pairs(round, first, second);
            long cost = 0;
            for (int k = 0; k < half && cost < best; k++) {
                cost += first[k] == GHOST || second[k] == GHOST ? 0 : costs.cost(first[k], second[k]);
            }
            if (cost < best) {
                best = cost;
                bestRound = round;
            }
        }
        return groups(bestRound, costs, first, second);
    }

    /** Fills the {@code half} pairs of a round, {@code 0 <= round < N-1}. */
    void pairs(int round, int[] first, int[] second) {
        boolean evenHalf = half % 2 == 0;
        int crossRounds = evenHalf ? half : half - 1;
        if (round < crossRounds) {
            int shift = evenHalf ? round : round + 1;
            for (int k = 0; k < half; k++) {
                first[k] = x[k];
                second[k] = y[(k + shift) % half];
            }
            return;
        }
        int q = round - crossRounds;
        int filled = within(x, q, first, second, 0);
        filled = within(y, q, first, second, filled);
        if (!evenHalf) {
            first[filled] = x[q];
            second[filled] = y[q];
        }
    }

    /**
     * Round {@code q} of the circle method within one half: with an even half one member stays put and the
     * others rotate ({@code half-1} rounds); with an odd half member {@code q} sits out ({@code half} rounds) and
     * meets its counterpart in the other half.
     */
    private static int within(int[] members, int q, int[] first, int[] second, int filled) {
        int size = members.length;
        int circle = size % 2 == 0 ? size - 1 : size;
        if (size % 2 == 0) {
            first[filled] = members[size - 1];
            second[filled++] = members[q];
        }
        for (int i = 1; i <= (circle - 1) / 2; i++) {
            first[filled] = members[(q + i) % circle];
            second[filled++] = members[(q - i + circle) % circle];
        }
        return filled;
    }

    private List<int[]> groups(int round, PairCosts costs, int[] first, int[] second) {
        pairs(round, first, second);
        List<int[]> groups = new ArrayList<>(half);
        int lone = -1;
        for (int k = 0; k < half; k++) {
            if (first[k] == GHOST || second[k] == GHOST) {
                lone = first[k] == GHOST ? second[k] : first[k];
            } else {
                groups.add(new int[] {first[k], second[k]});
            }
        }
        if (lone >= 0) {
            joinCheapestPair(groups, lone, costs);
        }
        return groups;
    }

    /** An odd count: the member left over joins the pair where they add the least cost, making one triad. */
    static void joinCheapestPair(List<int[]> groups, int lone, PairCosts costs) {
        int best = 0;
        long bestCost = Long.MAX_VALUE;
        for (int g = 0; g < groups.size(); g++) {
            int[] pair = groups.get(g);
            long cost = costs.cost(lone, pair[0]) + costs.cost(lone, pair[1]);
            if (cost < bestCost) {
                bestCost = cost;
                best = g;
            }
        }
        int[] pair = groups.get(best);
        groups.set(best, new int[] {pair[0], pair[1], lone});
    }
}
