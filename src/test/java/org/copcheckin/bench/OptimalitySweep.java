package org.copcheckin.bench;

import static org.copcheckin.bench.Benchmarks.print;

import java.util.List;
import java.util.Locale;

import org.copcheckin.pairing.GroupBuilder;
import org.copcheckin.pairing.Grouping;
import org.copcheckin.pairing.PairHistory;
import org.copcheckin.pairing.PairingFixtures;
import org.copcheckin.pairing.Participant;

/**
 * A fixed membership of n = 6..60, in pairs and in groups of three, over R rounds and 1.5 R rounds (R = n-1 for
 * pairs, (n-1)/2 rounded down for groups of three): repeated pairs (a pair in a group that had met in an earlier
 * round, summed over the rounds) against the counting bound ({@link PairingFixtures#countingBound}), and the
 * mean time per round.
 */
final class OptimalitySweep {

    private static final int SMALLEST = 6;
    private static final int LARGEST = 60;

    private OptimalitySweep() {
    }

    static void run() {
        for (int size = 2; size <= 3; size++) {
            String kind = size == 2 ? "pairs" : "groups-of-3";
            long above = 0;
            int atBound = 0;
            double slowest = 0;
            for (int n = SMALLEST; n <= LARGEST; n++) {
                int rounds = size == 2 ? n - 1 : (n - 1) / 2;
                int longer = (rounds * 3 + 1) / 2;
                long[] repeats = new long[longer + 1];
                double millis = play(PairingFixtures.members(n), size, longer, repeats);
                long first = repeats[rounds];
                long all = repeats[longer];
                long firstBound = PairingFixtures.countingBound(n, size, rounds);
                long allBound = PairingFixtures.countingBound(n, size, longer);
                above += first - firstBound + all - allBound;
                atBound += first == firstBound && all == allBound ? 1 : 0;
                slowest = Math.max(slowest, millis);
                print("pairing.sweep." + kind + ".n-" + n, String.format(Locale.ROOT,
                        "%d rounds: %d repeats (bound %d); %d rounds: %d repeats (bound %d); %.2f ms per round",
                        rounds, first, firstBound, longer, all, allBound, millis));
            }
            print("pairing.sweep." + kind + ".counts-at-the-bound", atBound + " of " + (LARGEST - SMALLEST + 1));
            print("pairing.sweep." + kind + ".repeats-above-the-bound", above);
            print("pairing.sweep." + kind + ".slowest-ms-per-round", String.format(Locale.ROOT, "%.2f", slowest));
        }
    }

    /** Plays the rounds; {@code repeats[r]} is the number of repeats over the first r rounds. Returns ms per round. */
    private static double play(List<Participant> members, int size, int rounds, long[] repeats) {
        PairHistory history = PairHistory.empty();
        long nanos = 0;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            Grouping grouping = GroupBuilder.build(members, history, size, 1_000L + round);
            nanos += System.nanoTime() - start;
            int when = round;
            grouping.groups().forEach(group -> history.recordGroup(group, when));
            repeats[round] = repeats[round - 1] + grouping.repeatedPairs();
        }
        return nanos / 1e6 / rounds;
    }
}
