package org.copcheckin.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EcoMapGroupsTest {

    /** Three regions, three organisations in each, three members of each organisation. */
    private static List<Participant> threeRegions(Map<String, String> regions) {
        List<Participant> members = new java.util.ArrayList<>();
        for (String region : List.of("East", "North", "West")) {
            for (String org : List.of("Shelter", "School", "Clinic")) {
                for (int i = 1; i <= 3; i++) {
                    String id = region + "-" + org + "-" + i;
                    members.add(Participant.of(id, region + " " + org));
                    regions.put(id, region);
                }
            }
        }
        return members;
    }

    private static String regionOf(String id) {
        return id.substring(0, id.indexOf('-'));
    }

    private static String organisationOf(String id) {
        return id.substring(0, id.lastIndexOf('-'));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void everyGroupIsOneRegionAcrossOrganisationsAndNobodyIsLeftOut(int size) {
        Map<String, String> regions = new HashMap<>();
        List<Participant> members = threeRegions(regions);

        EcoMapGroups.Result result = EcoMapGroups.build(members, regions, PairHistory.empty(), size, 42);

        List<List<String>> groups = result.grouping().groups();
        assertThat(groups.stream().mapToInt(List::size).sum()).isEqualTo(27);
        assertThat(groups.stream().flatMap(List::stream).distinct().count()).isEqualTo(27);
        for (int g = 0; g < groups.size(); g++) {
            List<String> group = groups.get(g);
            assertThat(group.stream().map(EcoMapGroupsTest::regionOf).distinct()).as(group.toString()).hasSize(1);
            assertThat(result.regions().get(g)).isEqualTo(regionOf(group.get(0)));
            if (size == 3) {
                assertThat(group.stream().map(EcoMapGroupsTest::organisationOf).distinct()).as(group.toString())
                        .hasSize(group.size());
            }
        }
        assertThat(result.grouping().sameOrganisationGroups()).isZero();
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void overRoundsWithinARegionNobodyMeetsTheSamePartnerTwiceWhileAFreshOneExists() {
        Map<String, String> regions = new HashMap<>();
        List<Participant> members = threeRegions(regions);
        PairHistory history = PairHistory.empty();
        Set<String> met = new HashSet<>();
        for (int round = 1; round <= 4; round++) {
            EcoMapGroups.Result result = EcoMapGroups.build(members, regions, history, 3, round);
            assertThat(result.grouping().repeatedPairs()).as("round " + round).isZero();
            for (List<String> group : result.grouping().groups()) {
                for (int i = 0; i < group.size(); i++) {
                    for (int j = i + 1; j < group.size(); j++) {
                        String pair = group.get(i).compareTo(group.get(j)) < 0 ? group.get(i) + group.get(j)
                                : group.get(j) + group.get(i);
                        assertThat(met.add(pair)).as("round " + round + " repeats " + pair).isTrue();
                    }
                }
                history.recordGroup(group, round);
            }
        }
    }

    @Test
    void membersWithoutARegionAndThoseAloneInTheirsMakeAMixedGroupAndTheFacilitatorIsTold() {
        Map<String, String> regions = new HashMap<>(Map.of("E1", "East County", "E2", "east  county", "E3", "East County",
                "L1", "Lakeside"));
        List<Participant> members = List.of(Participant.of("E1", "Shelter"), Participant.of("E2", "School"),
                Participant.of("E3", "Clinic"), Participant.of("L1", "Pantry"), Participant.of("N1", "Library"),
                Participant.of("N2", "Church"));

        EcoMapGroups.Result result = EcoMapGroups.build(members, regions, PairHistory.empty(), 3, 7);

        assertThat(result.grouping().groups()).hasSize(2);
        assertThat(result.grouping().groups().get(0)).containsExactlyInAnyOrder("E1", "E2", "E3");
        assertThat(result.regions()).containsExactly("East County", EcoMapGroups.MIXED);
        assertThat(result.grouping().groups().get(1)).containsExactlyInAnyOrder("L1", "N1", "N2");
        assertThat(result.notes()).containsExactly(
                new RoundNote("Alone in their region, so in a mixed group: ",
                        List.of(new RoundNote.Named("L1", "Lakeside")), ""),
                new RoundNote("No region given (", List.of(RoundNote.Named.of("N1"), RoundNote.Named.of("N2")),
                        "): grouped together. `/cop profile region <region>` puts them with their area next time"));
    }

    @Test
    void oneMemberLeftOverJoinsTheSmallestGroupSoNobodyIsLeftOut() {
        Map<String, String> regions = new HashMap<>();
        IntStream.rangeClosed(1, 4).forEach(i -> regions.put("E" + i, "East"));
        List<Participant> members = List.of(Participant.of("E1", "A"), Participant.of("E2", "B"),
                Participant.of("E3", "C"), Participant.of("E4", "D"), Participant.of("X1", "E"));

        EcoMapGroups.Result result = EcoMapGroups.build(members, regions, PairHistory.empty(), 2, 3);

        assertThat(result.grouping().memberCount()).isEqualTo(5);
        assertThat(result.grouping().groups()).anySatisfy(group -> assertThat(group).contains("X1").hasSize(3));
        assertThat(result.notes()).anySatisfy(note -> {
            assertThat(note.members()).containsExactly(RoundNote.Named.of("X1"));
            assertThat(note.tail()).startsWith(" joined the East group");
        });
    }

    @Test
    void nobodyOrOneMemberMakesNoRound() {
        assertThat(EcoMapGroups.build(List.of(), Map.of(), PairHistory.empty(), 3, 1).grouping().isEmpty()).isTrue();
        assertThat(EcoMapGroups.build(List.of(Participant.of("A")), Map.of("A", "East"), PairHistory.empty(), 3, 1)
                .grouping().noRoundReason()).hasValueSatisfying(reason -> assertThat(reason).contains("only one"));
    }
}
