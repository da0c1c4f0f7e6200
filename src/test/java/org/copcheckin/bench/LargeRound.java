package org.copcheckin.bench;

import static org.copcheckin.bench.Benchmarks.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.copcheckin.pairing.GroupBuilder;
import org.copcheckin.pairing.Grouping;
import org.copcheckin.pairing.PairHistory;
import org.copcheckin.pairing.PairingFixtures;
import org.copcheckin.pairing.Participant;

/** One round for 10,000 members with 52 rounds of history (random earlier pairings): time and repeats. */
final class LargeRound {

    private static final int MEMBERS = 10_000;
    private static final int HISTORY_ROUNDS = 52;
    private static final int WARM_UP = 3;
    private static final int MEASURED = 7;

    private LargeRound() {
    }

    static void run() {
        List<Participant> members = PairingFixtures.inOrganisations(4000, 2500, 1500, 1200, 800);
        PairHistory history = PairHistory.empty();
        Set<String> met = new HashSet<>();
        Random random = new Random(52);
        List<String> ids = new ArrayList<>(members.stream().map(Participant::id).toList());
        for (int round = 1; round <= HISTORY_ROUNDS; round++) {
            Collections.shuffle(ids, random);
            for (int i = 0; i + 1 < ids.size(); i += 2) {
                history.record(ids.get(i), ids.get(i + 1), round);
                met.add(PairingFixtures.pairKey(ids.get(i), ids.get(i + 1)));
            }
        }
        long[] ours = new long[MEASURED];
        Grouping grouping = null;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            grouping = GroupBuilder.build(members, history, 2, 7_000L + i);
            if (i >= WARM_UP) {
                ours[i - WARM_UP] = System.nanoTime() - start;
            }
        }
        long[] triads = new long[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            GroupBuilder.build(members, history, 3, 9_000L + i);
            if (i >= WARM_UP) {
                triads[i - WARM_UP] = System.nanoTime() - start;
            }
        }
        ShuffleAndRetry shuffle = new ShuffleAndRetry(PairingBenchmark.RETRIES, 5);
        long[] theirs = new long[MEASURED];
        List<List<String>> shuffled = null;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            shuffled = shuffle.build(members, met);
            if (i >= WARM_UP) {
                theirs[i - WARM_UP] = System.nanoTime() - start;
            }
        }
        print("pairing.large-round-10000-members-52-rounds-history.median-ms.ours", millis(ours));
        print("pairing.large-round-10000-members-52-rounds-history.median-ms.shuffle-retry", millis(theirs));
        print("pairing.large-round-10000-members-52-rounds-history.groups-of-3.median-ms.ours", millis(triads));
        print("pairing.large-round-10000-members-52-rounds-history.repeats.ours", grouping.repeatedPairs());
        print("pairing.large-round-10000-members-52-rounds-history.repeats.shuffle-retry",
                ShuffleAndRetry.repeats(shuffled, met));
        print("pairing.large-round-10000-members-52-rounds-history.cross-org-share.ours", String.format(Locale.ROOT,
                "%.3f", 1.0 - (double) grouping.sameOrganisationGroups() / grouping.groups().size()));
    }

    private static String millis(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.1f", sorted[sorted.length / 2] / 1e6);
    }
}
