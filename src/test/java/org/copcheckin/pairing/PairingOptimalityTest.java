package org.copcheckin.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.pairing.PairingFixtures.countingBound;
import static org.copcheckin.pairing.PairingFixtures.members;
import static org.copcheckin.pairing.PairingFixtures.playRound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Repeats over a sweep of member counts and rounds, against the counting bound (exact 0 where a design exists). */
class PairingOptimalityTest {

    static IntStream evenCounts() {
        return IntStream.rangeClosed(1, 30).map(k -> 2 * k);
    }

    static IntStream oddCounts() {
        return IntStream.rangeClosed(1, 29).map(k -> 2 * k + 1);
    }

    static IntStream kirkmanCounts() {
        return IntStream.iterate(9, n -> n <= 63, n -> n + 6);
    }

    /** Counts {@code n ≡ 0 (mod 6)} with a stored nearly Kirkman triple system (no pair twice in (n-2)/2 rounds). */
    static IntStream nearlyKirkmanCounts() {
        return IntStream.iterate(18, n -> n <= 60, n -> n + 6);
    }

    /** Beyond the stored schedules: every round comes from the greedy walk and the search. */
    static IntStream countsWithoutASchedule() {
        return IntStream.of(61, 62, 64, 65, 67, 68, 70, 76, 100);
    }

    @ParameterizedTest
    @MethodSource("evenCounts")
    void pairsOfAFixedEvenMembershipRepeatNobodyWithinNMinusOneRoundsAndThenOnlyWhatTheCountForces(int count) {
        long[] repeats = play(count, 2, (count - 1) * 3 / 2);

        assertThat(repeats[count - 1]).isZero();
        assertThat(repeats[repeats.length - 1]).isEqualTo(countingBound(count, 2, repeats.length - 1));
    }

    @ParameterizedTest
    @MethodSource("oddCounts")
    void pairsOfAnOddMembershipStayWithinOneRepeatOfTheBound(int count) {
        long[] repeats = play(count, 2, count - 1);

        assertThat(repeats[count - 1]).isBetween(countingBound(count, 2, count - 1), countingBound(count, 2, count - 1) + 1);
    }

    @ParameterizedTest
    @MethodSource("kirkmanCounts")
    void triadsRepeatNobodyOverAKirkmanDesignAndThenOnlyWhatTheCountForces(int count) {
        int designRounds = (count - 1) / 2;
        long[] repeats = play(count, 3, designRounds + 3);

        assertThat(repeats[designRounds]).isZero();
        assertThat(repeats[designRounds + 3]).isEqualTo(countingBound(count, 3, designRounds + 3));
    }

    @ParameterizedTest
    @MethodSource("nearlyKirkmanCounts")
    void triadsRepeatNobodyOverANearlyKirkmanSchedule(int count) {
        int scheduleRounds = (count - 2) / 2;
        long[] repeats = play(count, 3, scheduleRounds + 1);

        assertThat(repeats[scheduleRounds]).isZero();
        assertThat(repeats[scheduleRounds + 1]).isPositive();
    }

    @ParameterizedTest
    @MethodSource("countsWithoutASchedule")
    void withoutAScheduleNoSwapOfTwoMembersWouldRemoveARepeatFromAnyRound(int count) {
        List<Participant> members = members(count);
        PairHistory history = PairHistory.empty();
        for (int round = 1; round <= (count - 1) / 2 + 2; round++) {
            Map<String, Long> lastMet = lastMet(history);
            Grouping grouping = playRound(members, history, 3, round);
            assertThat(bestSwapGain(grouping.groups(), lastMet)).as("round %d", round).isZero();
        }
    }

    /** {@code repeats[r]}: repeated pairs over the first r rounds of a fixed membership. */
    private static long[] play(int count, int size, int rounds) {
        List<Participant> members = members(count);
        PairHistory history = PairHistory.empty();
        long[] repeats = new long[rounds + 1];
        List<Grouping> played = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Grouping grouping = playRound(members, history, size, round);
            assertThat(grouping.memberCount()).isEqualTo(count);
            played.add(grouping);
            repeats[round] = repeats[round - 1] + grouping.repeatedPairs();
        }
        return repeats;
    }

    private static Map<String, Long> lastMet(PairHistory history) {
        Map<String, Long> last = new HashMap<>();
        history.entries().forEach(met -> last.merge(PairingFixtures.pairKey(met.a(), met.b()), met.when(), Math::max));
        return last;
    }

    /** The most repeats one swap of two members between groups would remove. */
    private static int bestSwapGain(List<List<String>> groups, Map<String, Long> lastMet) {
        int best = 0;
        for (int g = 0; g < groups.size(); g++) {
            for (int h = g + 1; h < groups.size(); h++) {
                for (String a : groups.get(g)) {
                    for (String b : groups.get(h)) {
                        List<String> first = swapped(groups.get(g), a, b);
                        List<String> second = swapped(groups.get(h), b, a);
                        int before = repeats(groups.get(g), lastMet) + repeats(groups.get(h), lastMet);
                        best = Math.max(best, before - repeats(first, lastMet) - repeats(second, lastMet));
                    }
                }
            }
        }
        return best;
    }

    private static List<String> swapped(List<String> group, String out, String in) {
        return group.stream().map(id -> id.equals(out) ? in : id).toList();
    }

    private static int repeats(List<String> group, Map<String, Long> lastMet) {
        int repeats = 0;
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                repeats += lastMet.containsKey(PairingFixtures.pairKey(group.get(i), group.get(j))) ? 1 : 0;
            }
        }
        return repeats;
    }
}
