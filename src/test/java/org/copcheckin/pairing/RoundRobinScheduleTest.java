package org.copcheckin.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoundRobinScheduleTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 6, 8, 10, 12, 14, 20, 50, 64, 98})
    void everyTwoMembersMeetExactlyOnceAndEveryRoundIncludesEveryone(int count) {
        RoundRobinSchedule schedule = new RoundRobinSchedule(IntStream.range(0, count).toArray());
        int[] first = new int[count / 2];
        int[] second = new int[count / 2];
        Set<Long> met = new HashSet<>();

        for (int round = 0; round < schedule.rounds(); round++) {
            schedule.pairs(round, first, second);
            Set<Integer> seated = new HashSet<>();
            for (int k = 0; k < count / 2; k++) {
                assertThat(seated.add(first[k])).isTrue();
                assertThat(seated.add(second[k])).isTrue();
                assertThat(met.add(PairCosts.key(first[k], second[k]))).as("pair met twice").isTrue();
            }
            assertThat(seated).hasSize(count);
        }

        assertThat(schedule.rounds()).isEqualTo(count - 1);
        assertThat(met).hasSize(count * (count - 1) / 2);
    }
}
