package org.copcheckin.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copcheckin.pairing.PairingFixtures.inOrganisations;
import static org.copcheckin.pairing.PairingFixtures.meetings;
import static org.copcheckin.pairing.PairingFixtures.members;
import static org.copcheckin.pairing.PairingFixtures.organisationOf;
import static org.copcheckin.pairing.PairingFixtures.pairKey;
import static org.copcheckin.pairing.PairingFixtures.playRound;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GroupBuilderTest {

    @Test
    void anEvenCountMakesPairsThatIncludeEveryoneOnce() {
        Grouping grouping = GroupBuilder.build(members(8), PairHistory.empty(), 2, 1);

        assertThat(grouping.groups()).hasSize(4).allSatisfy(group -> assertThat(group).hasSize(2));
        assertThat(grouping.groups().stream().flatMap(List::stream)).doesNotHaveDuplicates().hasSize(8);
        assertThat(grouping.noRoundReason()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 5, 7, 51})
    void anOddCountMakesExactlyOneTriadSoNobodyIsLeftOut(int count) {
        Grouping grouping = GroupBuilder.build(members(count), PairHistory.empty(), 2, 7);

        assertThat(grouping.triads()).hasSize(1);
        assertThat(grouping.groups()).hasSize(count / 2);
        assertThat(grouping.groups().stream().flatMap(List::stream)).doesNotHaveDuplicates().hasSize(count);
    }

    @Test
    void aLoneMemberGetsNoGroupsAndAReason() {
        Grouping grouping = GroupBuilder.build(members(1), PairHistory.empty(), 2, 1);

        assertThat(grouping.isEmpty()).isTrue();
        assertThat(grouping.noRoundReason()).hasValueSatisfying(reason -> assertThat(reason).contains("only one member"));
    }

    @Test
    void nobodyAtAllGetsNoGroupsAndAReason() {
        assertThat(GroupBuilder.build(List.of(), PairHistory.empty(), 3, 1).noRoundReason()).isPresent();
    }

    @Test
    void groupSizesOtherThanTwoOrThreeAreRefused() {
        assertThatThrownBy(() -> GroupBuilder.build(members(4), PairHistory.empty(), 4, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 6, 10, 16, 50})
    void withAFixedEvenMembershipNoPairMeetsTwiceWithinNMinusOneRounds(int count) {
        List<Participant> members = members(count);
        PairHistory history = PairHistory.empty();
        List<Grouping> rounds = new ArrayList<>();
        for (int round = 1; round < count; round++) {
            rounds.add(playRound(members, history, 2, round));
        }

        Map<String, Integer> met = meetings(rounds);
        assertThat(met.values()).allMatch(times -> times == 1);
        assertThat(met).hasSize(count * (count - 1) / 2);
        assertThat(rounds).allMatch(round -> round.repeatedPairs() == 0);
    }

    @Test
    void theSameInputsGiveTheSameGroupsWhateverOrderTheMembersComeIn() {
        List<Participant> members = inOrganisations(5, 4, 3);
        PairHistory history = PairHistory.empty().record("Org-A-1", "Org-B-1", 1).record("Org-C-2", "Org-A-3", 2);
        List<Participant> shuffled = new ArrayList<>(members);
        Collections.reverse(shuffled);

        Grouping first = GroupBuilder.build(members, history, 2, 42);

        assertThat(GroupBuilder.build(members, history, 2, 42)).isEqualTo(first);
        assertThat(GroupBuilder.build(shuffled, history, 2, 42)).isEqualTo(first);
    }

    @Test
    void whenEveryPartnerIsARepeatTheLeastRecentOnesAreReusedFirst() {
        PairHistory history = PairHistory.empty()
                .record("U001", "U002", 1).record("U003", "U004", 1)
                .record("U001", "U003", 2).record("U002", "U004", 2)
                .record("U001", "U004", 3).record("U002", "U003", 3);

        Grouping grouping = GroupBuilder.build(members(4), history, 2, 9);

        assertThat(grouping.groups()).extracting(group -> pairKey(group.get(0), group.get(1)))
                .containsExactlyInAnyOrder("U001+U002", "U003+U004");
        assertThat(grouping.repeatedPairs()).isEqualTo(2);
    }

    @Test
    void membersWhoJoinAndLeaveStillMeetOnlyFreshPartnersWhileThereAreSome() {
        List<Participant> members = new ArrayList<>(members(20));
        PairHistory history = PairHistory.empty();
        List<Grouping> rounds = new ArrayList<>();
        for (int round = 1; round <= 8; round++) {
            members.remove(0);
            members.remove(0);
            members.add(Participant.of("N" + round + "a"));
            members.add(Participant.of("N" + round + "b"));
            rounds.add(playRound(members, history, 2, round));
        }

        assertThat(rounds).allMatch(round -> round.repeatedPairs() == 0);
    }

    @Test
    void aTriadCountsAsItsThreePairs() {
        PairHistory history = PairHistory.empty().recordGroup(List.of("U001", "U002", "U003"), 1);

        Grouping grouping = GroupBuilder.build(members(6), history, 2, 3);

        assertThat(grouping.repeatedPairs()).isZero();
        Set<String> earlierTriad = Set.of("U001", "U002", "U003");
        assertThat(grouping.groups()).allSatisfy(group ->
                assertThat(group.stream().filter(earlierTriad::contains).count()).isEqualTo(1));
    }

    @Test
    void membersArePairedAcrossOrganisationsWhereTheMembershipAllows() {
        List<Participant> members = inOrganisations(5, 5);

        Grouping grouping = GroupBuilder.build(members, PairHistory.empty(), 2, 5);

        assertThat(grouping.sameOrganisationGroups()).isZero();
        assertThat(grouping.groups()).allSatisfy(group -> assertThat(
                organisationOf(members, group.get(0))).isNotEqualTo(organisationOf(members, group.get(1))));
    }

    @Test
    void preferringOtherOrganisationsNeverCostsARepeat() {
        List<Participant> members = inOrganisations(6, 4, 2);
        PairHistory history = PairHistory.empty();
        List<Grouping> rounds = new ArrayList<>();
        for (int round = 1; round < members.size(); round++) {
            rounds.add(playRound(members, history, 2, round));
        }

        assertThat(meetings(rounds).values()).allMatch(times -> times == 1);
        assertThat(rounds.get(0).sameOrganisationGroups()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 9, 10, 11, 31})
    void groupsOfThreeLeaveNobodyOutAndUsePairsOnlyForTheRemainder(int count) {
        Grouping grouping = GroupBuilder.build(members(count), PairHistory.empty(), 3, 11);

        long pairs = grouping.groups().stream().filter(group -> group.size() == 2).count();
        assertThat(pairs).isEqualTo(count % 3 == 0 ? 0 : count % 3 == 1 ? 2 : 1);
        assertThat(grouping.groups()).allSatisfy(group -> assertThat(group.size()).isBetween(2, 3));
        assertThat(grouping.groups().stream().flatMap(List::stream)).doesNotHaveDuplicates().hasSize(count);
    }

    @Test
    void groupsOfThreeAvoidRepeatsOverSeveralRounds() {
        List<Participant> members = members(30);
        PairHistory history = PairHistory.empty();
        List<Grouping> rounds = new ArrayList<>();
        for (int round = 1; round <= 6; round++) {
            rounds.add(playRound(members, history, 3, round));
        }

        assertThat(meetings(rounds).values()).allMatch(times -> times == 1);
    }

    @Test
    void whoSharesFirstChangesFromRoundToRound() {
        Set<String> firstSharers = new HashSet<>();
        for (long seed = 1; seed <= 10; seed++) {
            firstSharers.add(GroupBuilder.build(members(2), PairHistory.empty(), 2, seed).groups().get(0).get(0));
        }

        assertThat(firstSharers).containsExactlyInAnyOrder("U001", "U002");
    }
}
