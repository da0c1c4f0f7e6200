package org.copcheckin.pairing;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Finds nearly Kirkman triple systems NKTS(n) for {@code n ≡ 0 (mod 6)}, {@code n >= 18}: {@code (n-2)/2} rounds of
 * {@code n/3} triads in which no two members meet twice (every member misses exactly one other). A test tool, run
 * offline; {@code golfer-schedules.txt} holds what it printed and {@code GolferScheduleTest} checks every line.
 *
 * <p>The schedule has a cyclic symmetry. With {@code m = (n-2)/2} rounds, the points are {@code x_s} for x in
 * {@code Z_k} on {@code sides} sides and two fixed points {@code ∞1, ∞2}: two sides with {@code k = m} when m is
 * odd, four with {@code k = m/2} when m is even. There are {@code sides/2} base rounds, and each gives k rounds,
 * every finite point moved by 0, 1, ..., k-1. Then no pair meets twice exactly when the base rounds' pairs use
 * every needed difference once: within a side, every {@code ±d} but 0 (and {@code k/2} for k even); between two
 * sides, every {@code y - x} (but 0 between sides 2j and 2j+1 when k is odd); and each fixed point meets each side
 * once. The members who never meet are {@code x_2j, x_2j+1} (k odd) or {@code x_s, (x+k/2)_s} (k even), and the
 * two fixed points. The base rounds are found by a randomised depth-first search with restarts, in seconds for
 * {@code n <= 60}.
 *
 * <p>Positions: {@code x_s} is {@code s*k + x}, {@code ∞1} is {@code sides*k}, {@code ∞2} the one after.
 * {@code java ... NearlyKirkmanSearch [from to]} prints one line per count, in the stored format.
 */
public final class NearlyKirkmanSearch {

    private final int k;
    private final int sides;
    private final int finite;
    private final int baseRounds;
    private final boolean[][] pureUsed;
    private final boolean[][][] mixedUsed;
    private final int[] sidesMet = new int[2];
    private final boolean[][] placed;
    private final int[][] triples;
    private final SplittableRandom random;
    private long budget;

    private NearlyKirkmanSearch(int n, long seed) {
        int m = (n - 2) / 2;
        this.sides = m % 2 == 1 ? 2 : 4;
        this.k = 2 * m / sides;
        this.finite = sides * k;
        this.baseRounds = sides / 2;
        this.pureUsed = new boolean[sides][k];
        this.mixedUsed = new boolean[sides][sides][k];
        this.placed = new boolean[baseRounds][n];
        this.triples = new int[baseRounds][n];
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) {
        int from = args.length > 0 ? Integer.parseInt(args[0]) : 18;
        int to = args.length > 1 ? Integer.parseInt(args[1]) : GolferSchedule.MAX_MEMBERS;
        for (int n = from; n <= to; n++) {
            if (n % 6 != 0 || n < 18) {
                continue;
            }
            long start = System.nanoTime();
            int[][] rounds = schedule(n);
            System.err.printf("%d: %d repeats in %.2f s%n", n, GolferSchedule.repeats(n, rounds),
                    (System.nanoTime() - start) / 1e9);
            System.out.println(GolferSearch.line(n, rounds));
        }
    }

    /** The {@code (n-2)/2} rounds of an NKTS(n). */
    static int[][] schedule(int n) {
        if (n % 6 != 0 || n < 18) {
            throw new IllegalArgumentException("no nearly Kirkman triple system is built for " + n);
        }
        for (long seed = n; ; seed += 1_000_003L) {
            NearlyKirkmanSearch search = new NearlyKirkmanSearch(n, seed);
            search.budget = Long.getLong("nkts.budget", 200_000L);
            if (search.fill(0, 0)) {
                return search.develop();
            }
        }
    }

    private boolean fill(int round, int at) {
        if (at == triples[round].length) {
            return round + 1 == baseRounds || fill(round + 1, 0);
        }
        if (--budget <= 0) {
            return false;
        }
        boolean[] used = placed[round];
        int p = finite;
        while (p < used.length && used[p]) {
            p++;
        }
        if (p == used.length) {
            p = 0;
            while (used[p]) {
                p++;
            }
        }
        used[p] = true;
        int[] candidates = shuffled(finite);
        for (int qi = 0; qi < candidates.length && budget > 0; qi++) {
            int q = candidates[qi];
            if (used[q] || !take(p, q, true)) {
                continue;
            }
            used[q] = true;
            for (int ri = qi + 1; ri < candidates.length && budget > 0; ri++) {
                int r = candidates[ri];
                if (used[r] || !take(p, r, true)) {
                    continue;
                }
                if (take(q, r, true)) {
                    used[r] = true;
                    triples[round][at] = p;
                    triples[round][at + 1] = q;
                    triples[round][at + 2] = r;
                    if (fill(round, at + 3)) {
                        return true;
                    }
                    used[r] = false;
                    take(q, r, false);
                }
                take(p, r, false);
            }
            used[q] = false;
            take(p, q, false);
        }
        used[p] = false;
        return false;
    }

    /** Marks (or with {@code use} false, frees) what a pair uses (p may be a fixed point); false if it is taken. */
    private boolean take(int a, int b, boolean use) {
        if (a >= finite) {
            int side = 1 << (b / k);
            int[] met = sidesMet;
            int fixed = a - finite;
            if (use && (met[fixed] & side) != 0) {
                return false;
            }
            met[fixed] ^= side;
            return true;
        }
        int sideA = a / k;
        int sideB = b / k;
        if (sideA == sideB) {
            int d = Math.floorMod(b - a, k);
            int cls = Math.min(d, k - d);
            if (use && (cls == 0 || k % 2 == 0 && 2 * cls == k || pureUsed[sideA][cls])) {
                return false;
            }
            pureUsed[sideA][cls] = use;
            return true;
        }
        int low = Math.min(sideA, sideB);
        int high = Math.max(sideA, sideB);
        int from = sideA == low ? a : b;
        int to = sideA == low ? b : a;
        int d = Math.floorMod(to % k - from % k, k);
        boolean hole = k % 2 == 1 && d == 0 && low % 2 == 0 && high == low + 1;
        if (use && (hole || mixedUsed[low][high][d])) {
            return false;
        }
        mixedUsed[low][high][d] = use;
        return true;
    }

    private int[][] develop() {
        int n = triples[0].length;
        int[][] rounds = new int[baseRounds * k][n];
        for (int b = 0; b < baseRounds; b++) {
            for (int t = 0; t < k; t++) {
                for (int i = 0; i < n; i++) {
                    int p = triples[b][i];
                    rounds[b * k + t][i] = p >= finite ? p : (p / k) * k + (p % k + t) % k;
                }
            }
        }
        return rounds;
    }

    private int[] shuffled(int size) {
        int[] order = new int[size];
        Arrays.setAll(order, i -> i);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
