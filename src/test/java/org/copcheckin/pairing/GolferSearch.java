package org.copcheckin.pairing;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.StringJoiner;

/**
 * Writes {@code golfer-schedules.txt}: for each member count without a Kirkman design, the schedule of
 * {@code (n-1)/2} rounds with the fewest repeats a tabu search on the social golfer problem finds (swap two
 * members of one round, one of them in a repeated pair; a swapped pair is tabu for a few steps; a few random
 * swaps after a long stall). Run once, offline, with a budget in seconds per count; the file is committed and
 * {@code GolferScheduleTest} checks it. {@code java ... GolferSearch <file> <seconds per count> [from to [salt]]}
 * (another salt starts another search; keep the better schedule of two files per count). Counts
 * {@code n ≡ 0 (mod 6)} from 18 are left to {@link NearlyKirkmanSearch}, which finds them without repeats.
 */
public final class GolferSearch {

    private GolferSearch() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        double seconds = Double.parseDouble(args[1]);
        int from = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        int to = args.length > 3 ? Integer.parseInt(args[3]) : GolferSchedule.MAX_MEMBERS;
        long salt = args.length > 4 ? Long.parseLong(args[4]) : 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (int n = from; n <= to; n++) {
                if (KirkmanDesigns.design(n).isPresent() || n % 6 == 0 && n >= 18) {
                    continue; // designs, and the nearly Kirkman systems NearlyKirkmanSearch writes
                }
                long start = System.nanoTime();
                int[][] best = search(n, (long) (seconds * 1e9), n * 7_919L + salt);
                out.println(line(n, best));
                out.flush();
                System.out.printf("%d: %d repeats in %.1f s%n", n, GolferSchedule.repeats(n, best),
                        (System.nanoTime() - start) / 1e9);
            }
        }
    }

    static String line(int n, int[][] rounds) {
        StringJoiner joiner = new StringJoiner(" | ", n + ": ", "");
        for (int[] round : rounds) {
            StringJoiner positions = new StringJoiner(" ");
            for (int p : round) {
                positions.add(Integer.toString(p));
            }
            joiner.add(positions.toString());
        }
        return joiner.toString();
    }

    static int[][] search(int n, long nanos, long seed) {
        int weeks = (n - 1) / 2;
        int[] sizes = GolferSchedule.shape(n);
        int[] groupOf = new int[n];
        int[] startOf = new int[sizes.length];
        for (int g = 0, pos = 0; g < sizes.length; g++) {
            startOf[g] = pos;
            for (int k = 0; k < sizes[g]; k++) {
                groupOf[pos++] = g;
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
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
            for (int g = 0; g < sizes.length; g++) {
                for (int i = startOf[g]; i < startOf[g] + sizes[g]; i++) {
                    for (int j = i + 1; j < startOf[g] + sizes[g]; j++) {
                        meet(met, n, at[w][i], at[w][j], 1);
                    }
                }
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
        long deadline = System.nanoTime() + nanos;
        int lastBest = 0;
        for (int it = 1; best > 0 && System.nanoTime() < deadline; it++) {
            if (it - lastBest > 2_000) {
                for (int kick = 0; kick < 3; kick++) {
                    int w = random.nextInt(weeks);
                    int p = random.nextInt(n);
                    int q = random.nextInt(n);
                    if (groupOf[where[w][p]] != groupOf[where[w][q]]) {
                        conflicts += delta(met, n, at[w], where[w], groupOf, startOf, sizes, p, q);
                        swap(met, n, at[w], where[w], groupOf, startOf, sizes, p, q);
                    }
                }
                lastBest = it;
            }
            int bestDelta = Integer.MAX_VALUE;
            int moveWeek = -1;
            int moveP = -1;
            int moveQ = -1;
            int ties = 0;
            for (int w = 0; w < weeks; w++) {
                for (int pos = 0; pos < n; pos++) {
                    int p = at[w][pos];
                    if (!inConflict(met, n, at[w], groupOf, startOf, sizes, pos)) {
                        continue;
                    }
                    for (int other = 0; other < n; other++) {
                        if (groupOf[other] == groupOf[pos]) {
                            continue;
                        }
                        int q = at[w][other];
                        int delta = delta(met, n, at[w], where[w], groupOf, startOf, sizes, p, q);
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
                continue;
            }
            swap(met, n, at[moveWeek], where[moveWeek], groupOf, startOf, sizes, moveP, moveQ);
            int tenure = 4 + random.nextInt(10);
            tabu[(moveWeek * n + moveP) * n + moveQ] = it + tenure;
            tabu[(moveWeek * n + moveQ) * n + moveP] = it + tenure;
            conflicts += bestDelta;
            if (conflicts < best) {
                best = conflicts;
                bestAt = copy(at);
                lastBest = it;
            }
        }
        return bestAt;
    }

    private static boolean inConflict(int[] met, int n, int[] round, int[] groupOf, int[] startOf, int[] sizes, int pos) {
        int g = groupOf[pos];
        for (int k = startOf[g]; k < startOf[g] + sizes[g]; k++) {
            if (k != pos && met[round[pos] * n + round[k]] > 1) {
                return true;
            }
        }
        return false;
    }

    /** The change in repeats if p and q (in different groups of this round) swap places. */
    private static int delta(int[] met, int n, int[] round, int[] where, int[] groupOf, int[] startOf, int[] sizes,
                             int p, int q) {
        int delta = 0;
        int g = groupOf[where[p]];
        int h = groupOf[where[q]];
        for (int k = startOf[g]; k < startOf[g] + sizes[g]; k++) {
            int other = round[k];
            if (other != p) {
                delta += (met[p * n + other] > 1 ? -1 : 0) + (met[q * n + other] >= 1 ? 1 : 0);
            }
        }
        for (int k = startOf[h]; k < startOf[h] + sizes[h]; k++) {
            int other = round[k];
            if (other != q) {
                delta += (met[q * n + other] > 1 ? -1 : 0) + (met[p * n + other] >= 1 ? 1 : 0);
            }
        }
        return delta;
    }

    private static void swap(int[] met, int n, int[] round, int[] where, int[] groupOf, int[] startOf, int[] sizes,
                             int p, int q) {
        int pp = where[p];
        int qp = where[q];
        int g = groupOf[pp];
        int h = groupOf[qp];
        for (int k = startOf[g]; k < startOf[g] + sizes[g]; k++) {
            if (round[k] != p) {
                meet(met, n, p, round[k], -1);
                meet(met, n, q, round[k], 1);
            }
        }
        for (int k = startOf[h]; k < startOf[h] + sizes[h]; k++) {
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
