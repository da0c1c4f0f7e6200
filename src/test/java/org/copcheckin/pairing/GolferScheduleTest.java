package org.copcheckin.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.pairing.PairingFixtures.members;
import static org.copcheckin.pairing.PairingFixtures.playRound;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GolferScheduleTest {

    static IntStream storedCounts() {
        return IntStream.rangeClosed(4, GolferSchedule.MAX_MEMBERS).filter(n -> GolferSchedule.forCount(n).isPresent());
    }

    @Test
    void everyCountFromSixToSixtyWithoutAKirkmanDesignHasAStoredSchedule() {
        assertThat(IntStream.rangeClosed(6, GolferSchedule.MAX_MEMBERS)
                .filter(n -> KirkmanDesigns.design(n).isEmpty() && GolferSchedule.forCount(n).isEmpty())).isEmpty();
        assertThat(storedCounts()).noneMatch(n -> KirkmanDesigns.design(n).isPresent());
    }

    @ParameterizedTest
    @MethodSource("org.copcheckin.pairing.PairingOptimalityTest#nearlyKirkmanCounts")
    void aNearlyKirkmanCountHasAStoredScheduleInWhichNoPairMeetsTwice(int count) {
        int[][] rounds = GolferSchedule.forCount(count).orElseThrow();

        assertThat(rounds).hasNumberOfRows((count - 2) / 2);
        assertThat(GolferSchedule.repeats(count, rounds)).isZero();
        assertThat(GolferSchedule.shape(count)).containsOnly(3);
    }

    /** 24 has one base round over two sides, 42 two base rounds over four. */
    @ParameterizedTest
    @ValueSource(ints = {24, 42})
    void theOfflineSearchBuildsANearlyKirkmanSystemWithoutRepeats(int count) {
        int[][] rounds = NearlyKirkmanSearch.schedule(count);

        assertThat(rounds).hasNumberOfRows((count - 2) / 2);
        for (int[] round : rounds) {
            assertThat(Arrays.stream(round).sorted().toArray()).isEqualTo(IntStream.range(0, count).toArray());
        }
        assertThat(GolferSchedule.repeats(count, rounds)).isZero();
        assertThat(GolferSearch.line(count, rounds)).isEqualTo(GolferSearch.line(count,
                GolferSchedule.forCount(count).orElseThrow()));
    }

    @ParameterizedTest
    @MethodSource("storedCounts")
    void aStoredScheduleSeatsEveryoneOnceEachRoundInTheBuildersShape(int count) {
        int[][] rounds = GolferSchedule.forCount(count).orElseThrow();

        assertThat(rounds).hasNumberOfRows((count - 1) / 2);
        for (int[] round : rounds) {
            assertThat(Arrays.stream(round).sorted().toArray()).isEqualTo(IntStream.range(0, count).toArray());
        }
        assertThat(Arrays.stream(GolferSchedule.shape(count))).allMatch(size -> size == 2 || size == 3);
        assertThat(Arrays.stream(GolferSchedule.shape(count)).sum()).isEqualTo(count);
    }

    @ParameterizedTest
    @MethodSource("storedCounts")
    void aFixedMembershipInGroupsOfThreeRepeatsNoMoreThanItsStoredSchedule(int count) {
        int[][] stored = GolferSchedule.forCount(count).orElseThrow();
        PairHistory history = PairHistory.empty();
        int repeats = 0;
        for (int round = 1; round <= stored.length; round++) {
            repeats += playRound(members(count), history, 3, round).repeatedPairs();
        }

        assertThat(repeats).isLessThanOrEqualTo(GolferSchedule.repeats(count, stored));
    }
}
