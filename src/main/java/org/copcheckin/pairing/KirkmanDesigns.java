package org.copcheckin.pairing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Kirkman triple systems KTS(n) by direct constructions (D. R. Stinson, "A survey of Kirkman triple systems and
 * related designs", Discrete Mathematics 92, 1991), each round a flat array of triads over positions
 * {@code 0..n-1}:
 * <ul>
 *   <li>KTS(2q+1) and KTS(3q) for a prime power {@code q ≡ 1 (mod 6)} with a primitive root (Ray-Chaudhuri and
 *   Wilson, Stinson's constructions 1.1 and 1.2): 15, 21, 27, 39, 51, 57, 63, ...;</li>
 *   <li>KTS(3v) from KTS(v) (tripling): 9, 27, 45, 63, 81, ...;</li>
 *   <li>KTS(2m+1) from a block design on m points with blocks of four, pasting KTS(9)s (Beth, Jungnickel and
 *   Lenz, lemma IX.6.4) on the affine plane of order 4: 33.</li>
 * </ul>
 * That covers every {@code n ≡ 3 (mod 6)} up to {@link #EVERY_COUNT_UP_TO}, and many beyond up to
 * {@link #MAX_MEMBERS} (75, 81, 87, 93, 99, ...). No search is involved, so a design is built in well under a
 * millisecond, and {@code TriadScheduleTest} checks each one fully.
 */
final class KirkmanDesigns {

    static final int EVERY_COUNT_UP_TO = 63;
    static final int MAX_MEMBERS = 255;
    private static final int AFFINE_PLANE_ORDER = 4;

    private KirkmanDesigns() {
    }

    static Optional<int[][]> design(int n) {
        if (n % 6 != 3 || n > MAX_MEMBERS) {
            return Optional.empty();
        }
        if (n == 3) {
            return Optional.of(new int[][] {{0, 1, 2}});
        }
        Optional<FiniteField> doubled = field((n - 1) / 2);
        if (doubled.isPresent()) {
            return Optional.of(twiceQPlusOne(doubled.get()));
        }
        Optional<FiniteField> tripled = n % 3 == 0 ? field(n / 3) : Optional.empty();
        if (tripled.isPresent()) {
            return Optional.of(threeQ(tripled.get()));
        }
        if (n % 9 == 0) {
            return design(n / 3).map(small -> tripled(small, n / 3));
        }
        int m = (n - 1) / 2;
        if (m == AFFINE_PLANE_ORDER * AFFINE_PLANE_ORDER) {
            return design(2 * AFFINE_PLANE_ORDER + 1)
                    .map(small -> pasted(m, affinePlane(FiniteField.of(AFFINE_PLANE_ORDER).orElseThrow()), small));
        }
        return Optional.empty();
    }

    /** GF(q) when {@code q ≡ 1 (mod 6)} is a prime or a prime's square. */
    private static Optional<FiniteField> field(int q) {
        return q % 6 == 1 ? FiniteField.of(q) : Optional.empty();
    }

    /**
     * KTS(2q+1) on GF(q) x {1, 2} plus ∞ ({@code (g,1)} is {@code g}, {@code (g,2)} is {@code q+g}, ∞ is
     * {@code 2q}). With {@code t = (q-1)/6}, a primitive {@code a} and {@code a^m = (a^t + 1)/2}, the first round
     * is {∞, (0,1), (0,2)}, the triads {(a^i,1), (a^(i+t),1), (a^(m+i),2)} for i in [0,t), [2t,3t) and
     * [4t,5t), and {(a^(m+t+i),2), (a^(m+3t+i),2), (a^(m+5t+i),2)} for i in [0,t); the other rounds are its
     * translates by every element of GF(q).
     */
    private static int[][] twiceQPlusOne(FiniteField field) {
        int q = field.order();
        int a = field.primitive();
        int t = (q - 1) / 6;
        int m = field.log(a, field.multiply(field.add(field.power(a, t), 1), field.inverse(field.add(1, 1))));
        List<int[]> first = new ArrayList<>();
        first.add(new int[] {2 * q, 0, q});
        for (int i = 0; i < 5 * t; i++) {
            if (i / t % 2 == 0) {
                first.add(new int[] {field.power(a, i), field.power(a, i + t), q + field.power(a, m + i)});
            }
        }
        for (int i = 0; i < t; i++) {
            first.add(new int[] {q + field.power(a, m + t + i), q + field.power(a, m + 3 * t + i),
                    q + field.power(a, m + 5 * t + i)});
        }
        int[][] rounds = new int[q][];
        for (int shift = 0; shift < q; shift++) {
            rounds[shift] = translated(first, field, shift, 2);
        }
        return rounds;
    }

    /**
     * KTS(3q) on GF(q) x Z3 ({@code (g,j)} is {@code jq + g}). With {@code t = (q-1)/6} and a primitive
     * {@code a}: A = {(0,0), (0,1), (0,2)}, B(i,j) = {(a^i,j), (a^(i+2t),j), (a^(i+4t),j)} and C(i) = {(a^i,0),
     * (a^(i+2t),1), (a^(i+4t),2)}. One round is A, every B(i,j) for i in [0,t), and C(i) for i in [t,2t),
     * [3t,4t) and [5t,6t), with its q translates; each C(i) for i in [0,t), [2t,3t) and [4t,5t) with its
     * translates makes one more round.
     */
    private static int[][] threeQ(FiniteField field) {
        int q = field.order();
        int a = field.primitive();
        int t = (q - 1) / 6;
        List<int[]> base = new ArrayList<>();
        base.add(new int[] {0, q, 2 * q});
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < t; i++) {
                base.add(new int[] {j * q + field.power(a, i), j * q + field.power(a, i + 2 * t),
                        j * q + field.power(a, i + 4 * t)});
            }
        }
        List<int[]> rounds = new ArrayList<>();
        List<int[]> orbits = new ArrayList<>();
        for (int i = 0; i < 6 * t; i++) {
            int[] crossing = {field.power(a, i), q + field.power(a, i + 2 * t), 2 * q + field.power(a, i + 4 * t)};
            (i / t % 2 == 1 ? base : orbits).add(crossing);
        }
        for (int shift = 0; shift < q; shift++) {
            rounds.add(translated(base, field, shift, 3));
        }
        for (int[] crossing : orbits) {
            int[] round = new int[3 * q];
            for (int shift = 0; shift < q; shift++) {
                int[] moved = translated(List.of(crossing), field, shift, 3);
                System.arraycopy(moved, 0, round, 3 * shift, 3);
            }
            rounds.add(round);
        }
        return rounds.toArray(int[][]::new);
    }

    /**
     * The triads with {@code shift} added to each point's field part: point {@code jq + g} is {@code (g, j)} for
     * {@code j < levels}, and a point beyond is ∞, which stays.
     */
    private static int[] translated(List<int[]> triads, FiniteField field, int shift, int levels) {
        int q = field.order();
        int[] round = new int[3 * triads.size()];
        int filled = 0;
        for (int[] triad : triads) {
            for (int point : triad) {
                round[filled++] = point >= levels * q ? point : point / q * q + field.add(point % q, shift);
            }
        }
        return round;
    }

    /**
     * Points {@code (a, i)} of {@code V x Z3} as {@code 3a + i}. Each round of the smaller design and each shift
     * {@code s} gives a round of triads {@code (a,i), (b,i+s), (c,i-s)}; one more round joins each point's three
     * copies.
     */
    static int[][] tripled(int[][] small, int v) {
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

    /** The q² + q lines of the affine plane over GF(q): y = sx + b, and x = c; point (x, y) is {@code qx + y}. */
    static int[][] affinePlane(FiniteField field) {
        int q = field.order();
        List<int[]> lines = new ArrayList<>();
        for (int s = 0; s < q; s++) {
            for (int b = 0; b < q; b++) {
                int[] line = new int[q];
                for (int x = 0; x < q; x++) {
                    line[x] = q * x + field.add(field.multiply(s, x), b);
                }
                lines.add(line);
            }
        }
        for (int c = 0; c < q; c++) {
            int[] line = new int[q];
            for (int y = 0; y < q; y++) {
                line[y] = q * c + y;
            }
            lines.add(line);
        }
        return lines.toArray(int[][]::new);
    }

    /**
     * KTS(2m+1) from blocks of size k on m points (every two points in exactly one block) and a KTS(2k+1): each
     * point x becomes {@code 2x} and {@code 2x+1}, plus ∞ = {@code 2m}. On each block a copy of the small design
     * is laid so that its triads through ∞ are {x, x', ∞} for the block's points; the copy's round holding
     * {x, x', ∞}, without that triad, goes into round x, and round x also gets {x, x', ∞} once. The blocks
     * through x cover every other point once, so each round seats everyone once.
     */
    static int[][] pasted(int m, int[][] blocks, int[][] small) {
        int k = blocks[0].length;
        int infinity = 2 * k;
        int[] local = new int[2 * k + 1];
        int[] localRound = new int[small.length];
        int pairs = 0;
        for (int r = 0; r < small.length; r++) {
            for (int g = 0; g < small[r].length; g += 3) {
                int[] triad = Arrays.copyOfRange(small[r], g, g + 3);
                if (contains(triad, infinity)) {
                    int[] others = Arrays.stream(triad).filter(p -> p != infinity).toArray();
                    local[others[0]] = 2 * pairs;
                    local[others[1]] = 2 * pairs + 1;
                    localRound[r] = pairs++;
                }
            }
        }
        local[infinity] = infinity;
        List<List<Integer>> rounds = new ArrayList<>();
        for (int x = 0; x < m; x++) {
            rounds.add(new ArrayList<>(List.of(2 * x, 2 * x + 1, 2 * m)));
        }
        for (int[] block : blocks) {
            for (int r = 0; r < small.length; r++) {
                List<Integer> target = rounds.get(block[localRound[r]]);
                for (int g = 0; g < small[r].length; g += 3) {
                    if (contains(Arrays.copyOfRange(small[r], g, g + 3), infinity)) {
                        continue;
                    }
                    for (int i = g; i < g + 3; i++) {
                        int position = local[small[r][i]];
                        target.add(2 * block[position / 2] + position % 2);
                    }
                }
            }
        }
        return rounds.stream().map(round -> round.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private static boolean contains(int[] triad, int point) {
        return triad[0] == point || triad[1] == point || triad[2] == point;
    }
}
