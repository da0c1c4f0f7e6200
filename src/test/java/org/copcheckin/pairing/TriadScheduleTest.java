package org.copcheckin.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.pairing.PairingFixtures.inOrganisations;
import static org.copcheckin.pairing.PairingFixtures.meetings;
import static org.copcheckin.pairing.PairingFixtures.members;
import static org.copcheckin.pairing.PairingFixtures.playRound;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TriadScheduleTest {

    static IntStream everyCountWithADesign() {
        return IntStream.iterate(3, n -> n <= KirkmanDesigns.MAX_MEMBERS, n -> n + 6)
                .filter(n -> TriadSchedule.forCount(n).isPresent());
    }

    @Test
    void everyCountThreeModuloSixUpToSixtyThreeHasADesign() {
        assertThat(IntStream.iterate(3, n -> n <= 63, n -> n + 6).filter(n -> TriadSchedule.forCount(n).isEmpty()))
                .isEmpty();
        assertThat(everyCountWithADesign()).contains(75, 81, 87, 93, 99);
    }

    @ParameterizedTest
    @MethodSource("everyCountWithADesign")
    void aKirkmanDesignSeatsEveryoneEachRoundAndEveryTwoMembersMeetExactlyOnce(int count) {
        TriadSchedule design = TriadSchedule.forCount(count).orElseThrow();
        Set<Long> met = new HashSet<>();

        for (int r = 0; r < design.rounds(); r++) {
            int[] round = design.round(r);
            Set<Integer> seated = new HashSet<>();
            for (int g = 0; g < round.length; g += 3) {
                for (int i = g; i < g + 3; i++) {
                    assertThat(seated.add(round[i])).isTrue();
                    for (int j = i + 1; j < g + 3; j++) {
                        assertThat(met.add(PairCosts.key(round[i], round[j]))).as("pair met twice").isTrue();
                    }
                }
            }
            assertThat(seated).hasSize(count).allMatch(position -> position >= 0 && position < count);
        }

        assertThat(design.rounds()).isEqualTo((count - 1) / 2);
        assertThat(met).hasSize(count * (count - 1) / 2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 6, 12, 18, 30, 60, 261})
    void countsWithoutAKirkmanDesignHaveNoSchedule(int count) {
        assertThat(TriadSchedule.forCount(count)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {9, 15, 21, 27, 33, 39, 45, 51, 57, 63})
    void aFixedMembershipInTriadsMeetsNoPartnerTwiceWithinTheDesignsRounds(int count) {
        List<Participant> members = members(count);
        PairHistory history = PairHistory.empty();
        List<Grouping> rounds = new ArrayList<>();
        for (int round = 1; round <= (count - 1) / 2; round++) {
            rounds.add(playRound(members, history, 3, round));
        }

        assertThat(meetings(rounds).values()).allMatch(times -> times == 1);
        assertThat(meetings(rounds)).hasSize(count * (count - 1) / 2);
        assertThat(rounds).allMatch(round -> round.repeatedPairs() == 0 && round.memberCount() == count);
    }

    @ParameterizedTest
    @ValueSource(ints = {9, 15})
    void afterTheDesignIsUsedUpTheLeastRecentPartnersAreReusedFirst(int count) {
        List<Participant> members = members(count);
        PairHistory history = PairHistory.empty();
        int designRounds = (count - 1) / 2;
        List<Grouping> played = new ArrayList<>();
        for (int round = 1; round <= designRounds + 1; round++) {
            played.add(playRound(members, history, 3, round));
        }

        Set<String> firstRound = new HashSet<>();
        played.get(0).groups().forEach(group -> firstRound.add(String.join("+", group.stream().sorted().toList())));
        Set<String> replay = new HashSet<>();
        played.get(designRounds).groups().forEach(group -> replay.add(String.join("+", group.stream().sorted().toList())));
        assertThat(replay).isEqualTo(firstRound);
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 21, 27, 33, 57})
    void membersInOrganisationsStillMeetEveryPartnerOnceOverTheDesign(int count) {
        List<Participant> members = inOrganisations(count / 3, count / 3, count / 3);
        PairHistory history = PairHistory.empty();
        List<Grouping> rounds = new ArrayList<>();
        for (int round = 1; round <= (count - 1) / 2; round++) {
            rounds.add(playRound(members, history, 3, round));
        }

        assertThat(meetings(rounds).values()).allMatch(times -> times == 1);
        assertThat(meetings(rounds)).hasSize(count * (count - 1) / 2);
    }
}
