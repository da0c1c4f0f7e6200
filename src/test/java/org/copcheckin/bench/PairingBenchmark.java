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
import org.copcheckin.pairing.PairHistory;
import org.copcheckin.pairing.PairingFixtures;
import org.copcheckin.pairing.Participant;

/**
 * Our {@link GroupBuilder} against shuffle-and-retry on the figures of issue 5: repeats with a fixed
 * membership, repeats under churn, groups across organisations, and the time for one large round.
 */
final class PairingBenchmark {

    static final int RETRIES = 100;
    private static final int[] ORGANISATIONS = {18, 12, 9, 7, 4};

    private PairingBenchmark() {
    }

    static void run() {
        List<Participant> fixed = PairingFixtures.members(50);
        print("pairing.fixed-50-members-49-rounds.repeats.ours", repeats(ours(), fixedRounds(fixed, 49)));
        print("pairing.fixed-50-members-49-rounds.repeats.shuffle-retry", repeats(shuffle(), fixedRounds(fixed, 49)));
        List<List<Participant>> churn = churnRounds(60, 100, 6, 17);
        print("pairing.churn-60-members-10pct-100-rounds.repeats.ours", repeats(ours(), churn));
        print("pairing.churn-60-members-10pct-100-rounds.repeats.shuffle-retry", repeats(shuffle(), churn));
        List<Participant> organised = PairingFixtures.inOrganisations(ORGANISATIONS);
        List<List<Participant>> tenRounds = fixedRounds(organised, 10);
        print("pairing.cross-org-share-50-members-5-orgs-10-rounds.ours", share(crossShare(ours(), tenRounds, organised)));
        print("pairing.cross-org-share-50-members-5-orgs-10-rounds.shuffle-retry",
                share(crossShare(shuffle(), tenRounds, organised)));
        print("pairing.cross-org-share-50-members-5-orgs.best-possible", share(bestCrossShare(ORGANISATIONS)));
        OptimalitySweep.run();
        LargeRound.run();
    }

    /** One pairing approach, keeping its own history. */
    interface Strategy {
        List<List<String>> round(List<Participant> members, int round);
    }

    static Strategy ours() {
        PairHistory history = PairHistory.empty();
        return (members, round) -> {
            List<List<String>> groups = GroupBuilder.build(members, history, 2, 1_000L + round).groups();
            groups.forEach(group -> history.recordGroup(group, round));
            return groups;
        };
    }

    static Strategy shuffle() {
        ShuffleAndRetry shuffle = new ShuffleAndRetry(RETRIES, 99);
        Set<String> met = new HashSet<>();
        return (members, round) -> {
            List<List<String>> groups = shuffle.build(members, met);
            groups.forEach(group -> addPairs(met, group));
            return groups;
        };
    }

    /** Pairs that had met in any earlier round, summed over the rounds. */
    static int repeats(Strategy strategy, List<List<Participant>> rounds) {
        Set<String> met = new HashSet<>();
        int repeats = 0;
        for (int round = 0; round < rounds.size(); round++) {
            List<List<String>> groups = strategy.round(rounds.get(round), round + 1);
            repeats += ShuffleAndRetry.repeats(groups, met);
            groups.forEach(group -> addPairs(met, group));
        }
        return repeats;
    }

    private static double crossShare(Strategy strategy, List<List<Participant>> rounds, List<Participant> members) {
        int cross = 0;
        int groups = 0;
        for (int round = 0; round < rounds.size(); round++) {
            for (List<String> group : strategy.round(rounds.get(round), round + 1)) {
                long organisations = group.stream().map(id -> PairingFixtures.organisationOf(members, id)).distinct().count();
                cross += organisations == group.size() ? 1 : 0;
                groups++;
            }
        }
        return (double) cross / groups;
    }

    /** At most {@code n - largest} pairs can cross organisations, and there are {@code n / 2} pairs. */
    private static double bestCrossShare(int[] sizes) {
        int n = Arrays.stream(sizes).sum();
        int largest = Arrays.stream(sizes).max().orElse(0);
        return (double) Math.min(n / 2, n - largest) / (n / 2);
    }

    private static List<List<Participant>> fixedRounds(List<Participant> members, int rounds) {
        return Collections.nCopies(rounds, members);
    }

    /** Each round {@code leave} random members leave and as many new ones join. */
    private static List<List<Participant>> churnRounds(int size, int rounds, int leave, long seed) {
        Random random = new Random(seed);
        List<Participant> members = new ArrayList<>(PairingFixtures.members("M", size));
        List<List<Participant>> sequence = new ArrayList<>();
        int joined = 0;
        for (int round = 0; round < rounds; round++) {
            if (round > 0) {
                for (int i = 0; i < leave; i++) {
                    members.remove(random.nextInt(members.size()));
                    members.add(Participant.of("J" + (++joined)));
                }
            }
            sequence.add(List.copyOf(members));
        }
        return sequence;
    }

    static void addPairs(Set<String> met, List<String> group) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                met.add(PairingFixtures.pairKey(group.get(i), group.get(j)));
            }
        }
    }

    private static String share(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
