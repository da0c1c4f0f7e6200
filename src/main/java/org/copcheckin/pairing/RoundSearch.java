package org.copcheckin.pairing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Tabu search on one round's groups, as used on the social golfer problem: each step swaps the two members of
 * different groups that lower the round's cost the most (or raise it the least), one of them in a group that
 * holds a repeat; a member may not go back to the group it just left for a few steps, unless that gives the
 * best round seen so far. Costs come from {@link PairCosts}, so among repeats the least recent partners are
 * reused first. Group sizes never change, so the shape {@link GroupBuilder} chose (nobody left out) stays.
 * Deterministic for a seed, and bounded by a step budget; it gives up after a few steps without a better round
 * (a few milliseconds for a community of 60).
 */
final class RoundSearch {

    /** Larger rounds keep the linear greedy walk and {@link GroupRepair} alone. */
    static final int MAX_MEMBERS = 600;
    private static final int STEPS = 2_000;
    /** Steps without a better round before giving up: repeats are often unavoidable, and then all steps are spent. */
    private static final int PATIENCE = 60;
    private static final int MIN_TENURE = 4;
    private static final int TENURE_SPREAD = 6;

    private RoundSearch() {
    }

    /** Improves {@code groups} in place when they hold a repeat; returns whether they changed. */
    static boolean improve(List<int[]> groups, PairCosts costs, long seed) {
        int count = groups.size();
        long[] cost = new long[count];
        long total = 0;
        int members = 0;
        for (int g = 0; g < count; g++) {
            cost[g] = costs.groupCost(groups.get(g));
            total += cost[g];
            members += groups.get(g).length;
        }
        if (total < PairCosts.REPEAT || members > MAX_MEMBERS || count < 2) {
            return false;
        }
        int[][] at = new int[count][];
        for (int g = 0; g < count; g++) {
            at[g] = groups.get(g).clone();
        }
        int[][] tabuUntil = new int[members][count];
        int[] index = indexOf(at, members);
        SplittableRandom random = new SplittableRandom(seed ^ 0x7AB0L);
        long best = total;
        int[][] bestAt = copy(at);
        int bestStep = 0;
        for (int step = 1; step <= STEPS && best >= PairCosts.REPEAT && step - bestStep <= PATIENCE; step++) {
            Move move = bestMove(at, cost, costs, tabuUntil, index, step, total, best, random);
            if (move == null) {
                break;
            }
            int a = at[move.g][move.i];
            int b = at[move.h][move.j];
            at[move.g][move.i] = b;
            at[move.h][move.j] = a;
            long before = cost[move.g] + cost[move.h];
            cost[move.g] = costs.groupCost(at[move.g]);
            cost[move.h] = costs.groupCost(at[move.h]);
            total += cost[move.g] + cost[move.h] - before;
            int tenure = MIN_TENURE + random.nextInt(TENURE_SPREAD);
            tabuUntil[index[a]][move.g] = step + tenure;
            tabuUntil[index[b]][move.h] = step + tenure;
            if (total < best) {
                best = total;
                bestAt = copy(at);
                bestStep = step;
            }
        }
        boolean changed = false;
        for (int g = 0; g < count; g++) {
            changed |= !java.util.Arrays.equals(groups.get(g), bestAt[g]);
            groups.set(g, bestAt[g]);
        }
        return changed;
    }

    private record Move(int g, int i, int h, int j) {
    }

    private static Move bestMove(int[][] at, long[] cost, PairCosts costs, int[][] tabuUntil, int[] index, int step,
                                 long total, long best, SplittableRandom random) {
        long bestDelta = Long.MAX_VALUE;
        Move chosen = null;
        int ties = 0;
        for (int g = 0; g < at.length; g++) {
            if (cost[g] < PairCosts.REPEAT) {
                continue;
            }
            for (int i = 0; i < at[g].length; i++) {
                int a = at[g][i];
                for (int h = 0; h < at.length; h++) {
                    if (h == g) {
                        continue;
                    }
                    for (int j = 0; j < at[h].length; j++) {
                        int b = at[h][j];
                        long delta = costWith(at[g], i, b, costs) + costWith(at[h], j, a, costs) - cost[g] - cost[h];
                        if (delta > bestDelta) {
                            continue;
                        }
                        boolean tabu = tabuUntil[index[a]][h] > step || tabuUntil[index[b]][g] > step;
                        if (tabu && total + delta >= best) {
                            continue;
                        }
                        if (delta < bestDelta) {
                            bestDelta = delta;
                            ties = 0;
                        }
                        if (random.nextInt(++ties) == 0) {
                            chosen = new Move(g, i, h, j);
                        }
                    }
                }
            }
        }
        return chosen;
    }

    /** Member indices are not dense (a round may be a subset), so each gets a slot for the tabu table. */
    private static int[] indexOf(int[][] at, int members) {
        int largest = 0;
        for (int[] group : at) {
            for (int member : group) {
                largest = Math.max(largest, member);
            }
        }
        int[] index = new int[largest + 1];
        int slot = 0;
        for (int[] group : at) {
            for (int member : group) {
                index[member] = slot++;
            }
        }
        return index;
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

    private static int[][] copy(int[][] groups) {
        int[][] copy = new int[groups.length][];
        for (int g = 0; g < groups.length; g++) {
            copy[g] = groups[g].clone();
        }
        return copy;
    }

    static List<int[]> copyOf(List<int[]> groups) {
        List<int[]> copy = new ArrayList<>(groups.size());
        groups.forEach(group -> copy.add(group.clone()));
        return copy;
    }
}
