package org.copcheckin.pairing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Kirkman schedule for some member counts {@code n ≡ 3 (mod 6)} (3, 9, 15, 27 and 45 today): {@code (n-1)/2} rounds of triads over positions
 * {@code 0..n-1} in which every two positions meet exactly once. Like {@link RoundRobinSchedule} it is laid over
 * the stable member order, so with a fixed membership every round of the design is fresh until it is used up.
 *
 * <p>Built by tripling a smaller design where {@code 9} divides {@code n} (KTS(v) gives KTS(3v)), 15 by a
 * tabu search on the social golfer problem (swap two members of one round, at least one in a repeated pair;
 * swapped pairs are tabu for a few iterations), deterministic and with a fixed iteration budget (it does not reach a design
 * for 21 or more in that budget, so those counts use the greedy walk). Designs depend only on {@code n}, so each
 * is built once per process.
 */
final class TriadSchedule {

    static final int MAX_MEMBERS = 63;
    private static final int SEARCHED = 15;
    private static final int SEARCH_ITERATIONS = 20_000;
    private static final Map<Integer, TriadSchedule> BUILT = new ConcurrentHashMap<>();

    /** rounds[r][3g + k]: the k-th position of group g in round r */
    private final int[][] rounds;

    private TriadSchedule(int[][] rounds) {
        this.rounds = rounds;
    }

    static Optional<TriadSchedule> forCount(int n) {
        if (!hasDesign(n)) {
            return Optional.empty();
        }
        return Optional.of(BUILT.computeIfAbsent(n, count -> new TriadSchedule(design(count))));
    }

    /** 3 and 15 (by search), and three times any count that has one: 9, 27, 45. */
    private static boolean hasDesign(int n) {
        return n == 3 || n == SEARCHED || n % 9 == 0 && n <= MAX_MEMBERS && hasDesign(n / 3);
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

    private static int[][] design(int n) {
        if (n == 3) {
            return new int[][] {{0, 1, 2}};
        }
        if (n % 9 == 0) {
            return tripled(design(n / 3), n / 3);
        }
        return search(n);
    }

    /**
     * Points {@code (a, i)} of {@code V x Z3} as {@code 3a + i}. Each round of the smaller design and each shift
     * {@code s} gives a round of triads {@code (a,i), (b,i+s), (c,i-s)}; one more round joins each point's three
     * copies.
     */
    private static int[][] tripled(int[][] small, int v) {
        int[][] rounds = new int[small.length * 3 + 1][];
        int r = 0;
        for (int[] round : small) {
            for (int s = 0; s < 3; s++) {
                int[] next = new int[3 * v];
                int filled = 0;
                for (int g = 0; g < round.length; g += 3) {
                    for (int i = 0; i < 3; i++) {
                        next[filled++] = 3 * round[g] + i;
                        next[filled++] = 3 * round[g + 1] + (i + s) % 3;
                        next[filled++] = 3 * round[g + 2] + (i - s + 3) % 3;
                    }
                }
                rounds[r++] = next;
            }
        }
        int[] vertical = new int[3 * v];
        for (int p = 0; p < 3 * v; p++) {
            vertical[p] = p;
        }
        rounds[r] = vertical;
        return rounds;
    }

    /** Tabu search from random rounds; returns the best schedule found (a design when it reaches no repeat). */
    private static int[][] search(int n) {
        int weeks = (n - 1) / 2;
        SplittableRandom random = new SplittableRandom(n * 7_919L);
        int[][] at = new int[weeks][n];
        int[][] where = new int[weeks][n];
        int[] met = new int[n * n];
        for (int w = 0; w < weeks; w++) {
            for (int p = 0; p < n; p++) {
                at[w][p] = p;
            }
            for (int p = n - 1; p > 0; p--) {
                int j = random.nextInt(p + 1);
                int swap = at[w][p];
                at[w][p] = at[w][j];
                at[w][j] = swap;
            }
            for (int pos = 0; pos < n; pos++) {
                where[w][at[w][pos]] = pos;
            }
            for (int g = 0; g < n; g += 3) {
                meet(met, n, at[w][g], at[w][g + 1], 1);
                meet(met, n, at[w][g], at[w][g + 2], 1);
                meet(met, n, at[w][g + 1], at[w][g + 2], 1);
            }
        }
        int conflicts = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                conflicts += Math.max(0, met[a * n + b] - 1);
            }
        }
        int best = conflicts;
        int[][] bestAt = copy(at);
        int[] tabu = new int[weeks * n * n];
        for (int it = 1; it <= SEARCH_ITERATIONS && best > 0; it++) {
            int bestDelta = Integer.MAX_VALUE;
            int moveWeek = -1;
            int moveP = -1;
            int moveQ = -1;
            int ties = 0;
            for (int w = 0; w < weeks; w++) {
                for (int pos = 0; pos < n; pos++) {
                    int p = at[w][pos];
                    int g = pos - pos % 3;
                    if (!inConflict(met, n, p, at[w], g)) {
                        continue;
                    }
                    for (int other = 0; other < n; other++) {
                        int h = other - other % 3;
                        if (h == g) {
                            continue;
                        }
                        int q = at[w][other];
                        int delta = leave(met, n, p, at[w], g) + leave(met, n, q, at[w], h)
                                + join(met, n, p, q, at[w], h) + join(met, n, q, p, at[w], g);
                        boolean allowed = tabu[(w * n + p) * n + q] < it || conflicts + delta < best;
                        if (!allowed || delta > bestDelta) {
                            continue;
                        }
                        if (delta < bestDelta) {
                            bestDelta = delta;
                            ties = 0;
                        }
                        if (random.nextInt(++ties) == 0) {
                            moveWeek = w;
                            moveP = p;
                            moveQ = q;
                        }
                    }
                }
            }
            if (moveWeek < 0) {
                break;
            }
            swap(met, n, at[moveWeek], where[moveWeek], moveP, moveQ);
            int tenure = 4 + random.nextInt(10);
            tabu[(moveWeek * n + moveP) * n + moveQ] = it + tenure;
            tabu[(moveWeek * n + moveQ) * n + moveP] = it + tenure;
            conflicts += bestDelta;
            if (conflicts < best) {
                best = conflicts;
                bestAt = copy(at);
            }
        }
        return bestAt;
    }

    private static boolean inConflict(int[] met, int n, int p, int[] round, int g) {
        for (int k = g; k < g + 3; k++) {
            if (round[k] != p && met[p * n + round[k]] > 1) {
                return true;
            }
        }
        return false;
    }

    /** Change in repeats when {@code p} leaves group {@code g}. */
    private static int leave(int[] met, int n, int p, int[] round, int g) {
        int delta = 0;
        for (int k = g; k < g + 3; k++) {
            if (round[k] != p && met[p * n + round[k]] > 1) {
                delta--;
            }
        }
        return delta;
    }

    /** Change in repeats when {@code p} takes the place of {@code q} in group {@code h}. */
    private static int join(int[] met, int n, int p, int q, int[] round, int h) {
        int delta = 0;
        for (int k = h; k < h + 3; k++) {
            if (round[k] != q && met[p * n + round[k]] > 0) {
                delta++;
            }
        }
        return delta;
    }

    private static void swap(int[] met, int n, int[] round, int[] where, int p, int q) {
        int pp = where[p];
        int qp = where[q];
        for (int k = pp - pp % 3; k < pp - pp % 3 + 3; k++) {
            if (round[k] != p) {
                meet(met, n, p, round[k], -1);
                meet(met, n, q, round[k], 1);
            }
        }
        for (int k = qp - qp % 3; k < qp - qp % 3 + 3; k++) {
            if (round[k] != q) {
                meet(met, n, q, round[k], -1);
                meet(met, n, p, round[k], 1);
            }
        }
        round[pp] = q;
        round[qp] = p;
        where[q] = pp;
        where[p] = qp;
    }

    private static void meet(int[] met, int n, int a, int b, int change) {
        met[a * n + b] += change;
        met[b * n + a] += change;
    }

    private static int[][] copy(int[][] rounds) {
        int[][] copy = new int[rounds.length][];
        for (int r = 0; r < rounds.length; r++) {
            copy[r] = rounds[r].clone();
        }
        return copy;
    }
}
