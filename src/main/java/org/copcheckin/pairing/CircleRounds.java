package org.copcheckin.pairing;

import java.util.ArrayList;
import java.util.List;

/**
 * The circle method over a stable ordering: position {@code N-1} stays put, the others rotate, and over
 * {@code N-1} rounds every two members meet exactly once. With a fixed membership the ordering (and so the
 * schedule) is the same every round, so choosing a round in which no pair has met before is always possible
 * until the schedule is used up; that is what gives "no repeat within n-1 rounds" for an even count.
 */
final class CircleRounds {

    /** Pair evaluations spent looking for the best round: all rounds for small communities, some for large. */
    static final long PROBE_BUDGET = 600_000;
    private static final int GHOST = -1;

    private final int[] order;
    private final int rounds;

    /** @param stableOrder member indices; for an odd count a ghost makes it even and its partner joins a pair */
    CircleRounds(int[] stableOrder) {
        int even = stableOrder.length + (stableOrder.length % 2);
        order = new int[even];
        System.arraycopy(stableOrder, 0, order, 0, stableOrder.length);
        if (even != stableOrder.length) {
            order[even - 1] = GHOST;
        }
        rounds = even - 1;
    }

    /** The cheapest of the rounds probed (starting where the seed says), as pairs plus at most one triad. */
    List<int[]> bestRound(PairCosts costs, long seed) {
        long probes = Math.min(rounds, Math.max(1, PROBE_BUDGET / Math.max(1, order.length / 2)));
        int start = (int) Math.floorMod(GroupBuilder.mix(seed), (long) rounds);
        long best = Long.MAX_VALUE;
        int bestRound = start;
        for (int t = 0; t < probes && best > 0; t++) {
            int round = (start + t) % rounds;
            long cost = roundCost(round, costs, best);
            if (cost < best) {
                best = cost;
                bestRound = round;
            }
        }
        return groups(bestRound, costs);
    }

    /** The round's cost, or any value not below {@code bound} once it is known to be no better. */
    private long roundCost(int round, PairCosts costs, long bound) {
        long cost = pairCost(order[order.length - 1], order[round], costs);
        for (int i = 1; i <= (order.length - 2) / 2 && cost < bound; i++) {
            cost += pairCost(order[(round + i) % rounds], order[(round - i + rounds) % rounds], costs);
        }
        return cost;
    }

    private static long pairCost(int a, int b, PairCosts costs) {
        return a == GHOST || b == GHOST ? 0 : costs.cost(a, b);
    }

    private List<int[]> groups(int round, PairCosts costs) {
        List<int[]> groups = new ArrayList<>(order.length / 2);
        int lone = -1;
        for (int i = 0; i < order.length / 2; i++) {
            int a = i == 0 ? order[order.length - 1] : order[(round + i) % rounds];
            int b = i == 0 ? order[round] : order[(round - i + rounds) % rounds];
            if (a == GHOST || b == GHOST) {
                lone = a == GHOST ? b : a;
            } else {
                groups.add(new int[] {a, b});
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
