package org.copcheckin.pairing;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Local search for the groups that still hold a repeat (after churn, or the tail of a greedy walk): swaps one
 * of their members with a member of another group whenever that lowers the two groups' total cost. Groups
 * without a repeat are only touched as the other side of such a swap, so a fresh round of the schedule stays
 * intact. When the round is not a fresh round of the schedule anyway, groups within one organisation are
 * improved the same way.
 */
final class GroupRepair {

    private static final int MAX_PASSES = 6;
    private static final int MAX_PARTNER_GROUPS = 256;
    private static final int MAX_PARTNER_GROUPS_FOR_ORGANISATION = 32;

    private GroupRepair() {
    }

    /**
     * @param scheduled the groups are a round of the round-robin schedule: groups sharing an organisation are
     *                  then only improved when the round holds a repeat (it is not fresh, so nothing to protect)
     */
    static void repair(List<int[]> groups, PairCosts costs, long seed, boolean scheduled) {
        int count = groups.size();
        long[] cost = new long[count];
        for (int g = 0; g < count; g++) {
            cost[g] = costs.groupCost(groups.get(g));
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        boolean organisationsToo = !scheduled || Arrays.stream(cost).anyMatch(c -> c >= PairCosts.REPEAT);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean improved = false;
            for (int g = 0; g < count; g++) {
                if (cost[g] >= PairCosts.REPEAT) {
                    improved |= improve(groups, cost, g, costs, random, MAX_PARTNER_GROUPS);
                } else if (organisationsToo && cost[g] > 0) {
                    improved |= improve(groups, cost, g, costs, random, MAX_PARTNER_GROUPS_FOR_ORGANISATION);
                }
            }
            if (!improved) {
                return;
            }
        }
    }

    private static boolean improve(List<int[]> groups, long[] cost, int g, PairCosts costs, SplittableRandom random,
                                   int maxPartners) {
        int count = groups.size();
        boolean everyGroup = count - 1 <= maxPartners;
        int tries = everyGroup ? count - 1 : maxPartners;
        int[] group = groups.get(g);
        long bestDelta = 0;
        int bestOther = -1;
        int bestMine = -1;
        int bestTheirs = -1;
        for (int t = 0; t < tries; t++) {
            int h = everyGroup ? (t >= g ? t + 1 : t) : random.nextInt(count);
            if (h == g) {
                continue;
            }
            int[] other = groups.get(h);
            for (int mine = 0; mine < group.length; mine++) {
                for (int theirs = 0; theirs < other.length; theirs++) {
                    long delta = costWith(group, mine, other[theirs], costs) + costWith(other, theirs, group[mine], costs)
                            - cost[g] - cost[h];
                    if (delta < bestDelta) {
                        bestDelta = delta;
                        bestOther = h;
                        bestMine = mine;
                        bestTheirs = theirs;
                    }
                }
            }
        }
        if (bestOther < 0) {
            return false;
        }
        int[] other = groups.get(bestOther);
        int moving = group[bestMine];
        group[bestMine] = other[bestTheirs];
        other[bestTheirs] = moving;
        cost[g] = costs.groupCost(group);
        cost[bestOther] = costs.groupCost(other);
        return true;
    }

    private static long costWith(int[] group, int position, int replacement, PairCosts costs) {
        long cost = 0;
        for (int i = 0; i < group.length; i++) {
            int a = i == position ? replacement : group[i];
            for (int j = i + 1; j < group.length; j++) {
                cost += costs.cost(a, j == position ? replacement : group[j]);
            }
        }
        return cost;
    }
}
