package org.copcheckin.pairing;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Finds nearly Kirkman triple systems NKTS(n) for {@code n ≡ 0 (mod 6)}, {@code n >= 18}: {@code (n-2)/2} rounds of
 * {@code n/3} triads in which no two members meet twice (every member misses exactly one other). A test tool, run
 * offline; {@code golfer-schedules.txt} holds what it printed and {@code GolferScheduleTest} checks every line.
 *
 * <p>The schedule is made 1-rotational over {@code m = (n-2)/2}: the points are {@code x_0, x_1} for x in
 * {@code Z_m} and two fixed points {@code ∞1, ∞2}; round t is a base round with every finite point moved by t.
 * Then no pair meets twice exactly when the base round's pairs use every needed difference once: for each side,
 * every {@code ±d} but 0 (and {@code m/2} for m even); across the sides every {@code y - x} but 0 (m odd; for m
 * even, all of them); and each fixed point sits with one point of each side. The members who never meet are
 * {@code x_0, x_1} (m odd) or {@code x_i, (x+m/2)_i} (m even), and the two fixed points. The base round is found by
 * a randomised depth-first search with restarts, in a fraction of a second for {@code n <= 60}.
 *
 * <p>Positions: {@code x_i} is {@code i*m + x}, {@code ∞1} is {@code 2m}, {@code ∞2} is {@code 2m+1}.
 * {@code java ... NearlyKirkmanSearch [from to]} prints one line per count, in the stored format.
 */
public final class NearlyKirkmanSearch {

    private final int m;
    private final boolean even;
    private final boolean[][] pureUsed;
    private final boolean[] mixedUsed;
    private final boolean[] placed;
    private final int[] triples;
    private final SplittableRandom random;
    private long budget;

    private NearlyKirkmanSearch(int n, long seed) {
        this.m = (n - 2) / 2;
        this.even = m % 2 == 0;
        this.pureUsed = new boolean[2][m];
        this.mixedUsed = new boolean[m];
        this.placed = new boolean[2 * m];
        this.triples = new int[n];
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
            int[] base = search.baseRound();
            if (base != null) {
                return search.develop(base);
            }
        }
    }

    private int[] baseRound() {
        budget = Long.getLong("nkts.budget", 200_000L);
        // ∞1 with 0_0 and b_1, ∞2 with c_0 and d_1 (moving every point fixes the first at 0_0)
        int[] order = shuffled(m);
        for (int b : order) {
            if (!mixedAllowed(b)) {
                continue;
            }
            mixedUsed[b] = true;
            placed[0] = true;
            placed[m + b] = true;
            for (int c : shuffled(m)) {
                for (int d : shuffled(m)) {
                    int diff = Math.floorMod(d - c, m);
                    if (c == 0 || d == b || !mixedAllowed(diff) || mixedUsed[diff]) {
                        continue;
                    }
                    mixedUsed[diff] = true;
                    placed[c] = true;
                    placed[m + d] = true;
                    triples[0] = 2 * m;
                    triples[1] = 0;
                    triples[2] = m + b;
                    triples[3] = 2 * m + 1;
                    triples[4] = c;
                    triples[5] = m + d;
                    if (fill(6)) {
                        return triples.clone();
                    }
                    mixedUsed[diff] = false;
                    placed[c] = false;
                    placed[m + d] = false;
                    if (budget <= 0) {
                        return null;
                    }
                }
            }
            mixedUsed[b] = false;
            placed[0] = false;
            placed[m + b] = false;
        }
        return null;
    }

    private boolean fill(int at) {
        if (at == triples.length) {
            return true;
        }
        if (--budget <= 0) {
            return false;
        }
        int p = 0;
        while (placed[p]) {
            p++;
        }
        placed[p] = true;
        int[] candidates = shuffled(2 * m);
        for (int qi = 0; qi < candidates.length; qi++) {
            int q = candidates[qi];
            if (placed[q] || !take(p, q, true)) {
                continue;
            }
            placed[q] = true;
            for (int ri = qi + 1; ri < candidates.length; ri++) {
                int r = candidates[ri];
                if (placed[r] || !take(p, r, true)) {
                    continue;
                }
                if (take(q, r, true)) {
                    placed[r] = true;
                    triples[at] = p;
                    triples[at + 1] = q;
                    triples[at + 2] = r;
                    if (fill(at + 3)) {
                        return true;
                    }
                    placed[r] = false;
                    take(q, r, false);
                }
                take(p, r, false);
                if (budget <= 0) {
                    break;
                }
            }
            placed[q] = false;
            take(p, q, false);
            if (budget <= 0) {
                break;
            }
        }
        placed[p] = false;
        return false;
    }

    /** Marks (or with {@code use} false, frees) the difference of two finite points; false if it is not free. */
    private boolean take(int a, int b, boolean use) {
        int sideA = a / m;
        int sideB = b / m;
        if (sideA == sideB) {
            int d = Math.floorMod(b - a, m);
            int cls = Math.min(d, m - d);
            if (use && (cls == 0 || even && 2 * cls == m || pureUsed[sideA][cls])) {
                return false;
            }
            pureUsed[sideA][cls] = use;
            return true;
        }
        int from = sideA == 0 ? a : b;
        int to = sideA == 0 ? b : a;
        int d = Math.floorMod(to % m - from % m, m);
        if (use && (!mixedAllowed(d) || mixedUsed[d])) {
            return false;
        }
        mixedUsed[d] = use;
        return true;
    }

    private boolean mixedAllowed(int d) {
        return even || d != 0;
    }

    private int[][] develop(int[] base) {
        int[][] rounds = new int[m][base.length];
        for (int t = 0; t < m; t++) {
            for (int k = 0; k < base.length; k++) {
                int p = base[k];
                rounds[t][k] = p >= 2 * m ? p : (p / m) * m + (p % m + t) % m;
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
