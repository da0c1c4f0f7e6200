package org.copcheckin.pairing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Groups of three (with one or two pairs when the count is not a multiple of three): walks the members in a
 * seeded order and gives each the cheapest partners among the next few still free. Linear in the member
 * count; {@link GroupRepair} then fixes the repeats the tail of the walk could not avoid.
 */
final class WindowGreedy {

    static final int WINDOW = 64;

    private WindowGreedy() {
    }

    static List<int[]> triads(int[] stableOrder, PairCosts costs, long seed) {
        int n = stableOrder.length;
        int[] walk = shuffled(stableOrder, seed);
        int pairs = n % 3 == 0 ? 0 : n % 3 == 1 ? 2 : 1;
        int triads = (n - 2 * pairs) / 3;
        boolean[] taken = new boolean[n];
        List<int[]> groups = new ArrayList<>(triads + pairs);
        int head = 0;
        for (int k = 0; k < triads + pairs; k++) {
            while (taken[head]) {
                head++;
            }
            taken[head] = true;
            int[] group = new int[k < triads ? 3 : 2];
            group[0] = walk[head];
            for (int filled = 1; filled < group.length; filled++) {
                int chosen = cheapestFree(walk, taken, head, group, filled, costs);
                taken[chosen] = true;
                group[filled] = walk[chosen];
            }
            groups.add(group);
        }
        return groups;
    }

    private static int cheapestFree(int[] walk, boolean[] taken, int head, int[] group, int filled, PairCosts costs) {
        int best = -1;
        long bestCost = Long.MAX_VALUE;
        int seen = 0;
        for (int p = head + 1; p < walk.length && seen < WINDOW; p++) {
            if (taken[p]) {
                continue;
            }
            seen++;
            long cost = 0;
            for (int i = 0; i < filled; i++) {
                cost += costs.cost(group[i], walk[p]);
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = p;
            }
        }
        return best;
    }

    private static int[] shuffled(int[] order, long seed) {
        int[] walk = order.clone();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = walk.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = walk[i];
            walk[i] = walk[j];
            walk[j] = swap;
        }
        return walk;
    }
}
