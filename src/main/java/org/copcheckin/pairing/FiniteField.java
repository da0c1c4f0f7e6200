package org.copcheckin.pairing;

import java.util.Optional;

/**
 * The finite field GF(q) for a prime {@code q} or the square of a prime, small enough for tables: elements are
 * {@code 0..q-1}, 0 and 1 being zero and one; for {@code q = p²} element {@code a + p·b} stands for {@code a + b·x}
 * modulo a monic irreducible quadratic. Used by the direct Kirkman constructions, which need a primitive root.
 */
final class FiniteField {

    private final int q;
    private final int[][] add;
    private final int[][] mul;

    private FiniteField(int q, int[][] add, int[][] mul) {
        this.q = q;
        this.add = add;
        this.mul = mul;
    }

    /** GF(q) when {@code q} is a prime or the square of one (up to 1,024 elements). */
    static Optional<FiniteField> of(int q) {
        if (q < 2 || q > 1_024) {
            return Optional.empty();
        }
        if (isPrime(q)) {
            return Optional.of(prime(q));
        }
        int p = (int) Math.round(Math.sqrt(q));
        return p * p == q && isPrime(p) ? Optional.of(square(p)) : Optional.empty();
    }

    static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        for (int d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    private static FiniteField prime(int p) {
        int[][] add = new int[p][p];
        int[][] mul = new int[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                add[a][b] = (a + b) % p;
                mul[a][b] = a * b % p;
            }
        }
        return new FiniteField(p, add, mul);
    }

    /** GF(p²) as GF(p)[x] / (x² + c1·x + c0), with the first such quadratic that has no root in GF(p). */
    private static FiniteField square(int p) {
        int c0 = 0;
        int c1 = 0;
        search:
        for (int b = 0; b < p; b++) {
            for (int a = 1; a < p; a++) {
                if (noRoot(p, a, b)) {
                    c0 = a;
                    c1 = b;
                    break search;
                }
            }
        }
        int q = p * p;
        int[][] add = new int[q][q];
        int[][] mul = new int[q][q];
        for (int u = 0; u < q; u++) {
            for (int v = 0; v < q; v++) {
                int a = u % p;
                int b = u / p;
                int c = v % p;
                int d = v / p;
                add[u][v] = (a + c) % p + p * ((b + d) % p);
                // (a + b x)(c + d x) = ac + (ad + bc) x + bd x², and x² = -c1 x - c0
                int constant = Math.floorMod(a * c - b * d * c0, p);
                int linear = Math.floorMod(a * d + b * c - b * d * c1, p);
                mul[u][v] = constant + p * linear;
            }
        }
        return new FiniteField(q, add, mul);
    }

    private static boolean noRoot(int p, int c0, int c1) {
        for (int x = 0; x < p; x++) {
            if ((x * x + c1 * x + c0) % p == 0) {
                return false;
            }
        }
        return true;
    }

    int order() {
        return q;
    }

    int add(int a, int b) {
        return add[a][b];
    }

    int multiply(int a, int b) {
        return mul[a][b];
    }

    int power(int a, int exponent) {
        int result = 1;
        for (int i = 0; i < exponent; i++) {
            result = mul[result][a];
        }
        return result;
    }

    int inverse(int a) {
        for (int b = 1; b < q; b++) {
            if (mul[a][b] == 1) {
                return b;
            }
        }
        throw new ArithmeticException("zero has no inverse");
    }

    /** The first element whose powers run through every non-zero element. */
    int primitive() {
        for (int g = 2; g < q; g++) {
            int x = g;
            int exponent = 1;
            while (x != 1) {
                x = mul[x][g];
                exponent++;
            }
            if (exponent == q - 1) {
                return g;
            }
        }
        return 1;
    }

    /** The exponent e with {@code base^e = x}, for a primitive {@code base} and a non-zero {@code x}. */
    int log(int base, int x) {
        int value = 1;
        for (int e = 0; e < q - 1; e++) {
            if (value == x) {
                return e;
            }
            value = mul[value][base];
        }
        throw new ArithmeticException(x + " is not a power of " + base);
    }
}
