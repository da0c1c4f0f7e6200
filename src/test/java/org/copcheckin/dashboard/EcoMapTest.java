package org.copcheckin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The eco-map's rule: an edge only when at least k groups that met made it, and nodes only at drawn edges. */
class EcoMapTest {

    private static List<Optional<String>> group(String... organisations) {
        List<Optional<String>> group = new ArrayList<>();
        for (String organisation : organisations) {
            group.add(Optional.ofNullable(organisation));
        }
        return group;
    }

    private static List<List<Optional<String>>> times(int n, List<Optional<String>> group) {
        return Collections.nCopies(n, group);
    }

    private static List<List<Optional<String>>> all(List<List<Optional<String>>>... parts) {
        List<List<Optional<String>>> groups = new ArrayList<>();
        for (List<List<Optional<String>>> part : parts) {
            groups.addAll(part);
        }
        return groups;
    }

    @Test
    void anEdgeIsDrawnAtKMeetingsAndNotOneBelow() {
        EcoMap below = EcoMap.of(times(2, group("Shelter North", "School District")), 3);
        EcoMap at = EcoMap.of(times(3, group("Shelter North", "School District")), 3);

        assertThat(below.edges()).isEmpty();
        assertThat(below.nodes()).as("no organisation without a drawn edge").isEmpty();
        assertThat(at.edges()).singleElement().satisfies(edge -> {
            assertThat(List.of(edge.from(), edge.to())).containsExactly("School District", "Shelter North");
            assertThat(edge.meetings()).isEqualTo(3);
        });
        assertThat(at.nodes()).extracting(EcoMap.Node::name).containsExactly("School District", "Shelter North");
    }

    @Test
    void eachThresholdFromTwoToFiveDrawsExactlyTheEdgesWithThatManyMeetings() {
        List<List<Optional<String>>> groups = all(times(2, group("A", "B")), times(3, group("A", "C")),
                times(4, group("B", "C")), times(5, group("C", "D")));
        for (int k = 2; k <= 6; k++) {
            int threshold = k;
            EcoMap map = EcoMap.of(groups, k);
            assertThat(map.edges()).as("k=" + k).allSatisfy(edge -> assertThat(edge.meetings()).isGreaterThanOrEqualTo(threshold));
            assertThat(map.edges()).as("k=" + k).hasSize((int) List.of(2, 3, 4, 5).stream().filter(m -> m >= threshold).count());
        }
    }

    @Test
    void aTriadJoinsEachTwoOfItsOrganisationsOnce() {
        EcoMap map = EcoMap.of(times(2, group("A", "B", "C")), 2);

        assertThat(map.edges()).extracting(edge -> edge.from() + "-" + edge.to() + ":" + edge.meetings())
                .containsExactly("A-B:2", "A-C:2", "B-C:2");
    }

    @Test
    void membersOfOneOrganisationAndMembersWithoutOneAddNoMeeting() {
        EcoMap map = EcoMap.of(all(times(5, group("A", "A")), times(5, group("A", null)), times(5, group(null, null)),
                times(5, group("A", "a ", "B"))), 5);

        assertThat(map.edges()).singleElement().satisfies(edge -> {
            assertThat(edge.from() + "-" + edge.to()).isEqualTo("A-B");
            assertThat(edge.meetings()).as("'A' and 'a ' are one organisation, counted once per group").isEqualTo(5);
        });
    }

    @Test
    void organisationsCompareWithoutCaseAndShowTheSpellingMostMembersTyped() {
        EcoMap map = EcoMap.of(all(times(3, group("youth services", "Food Bank")), times(1, group("Youth Services",
                "Food Bank")), times(1, group("Youth Services", "food bank"))), 3);

        assertThat(map.edges()).singleElement().satisfies(edge -> assertThat(edge.meetings()).isEqualTo(5));
        assertThat(map.nodes()).extracting(EcoMap.Node::name).containsExactlyInAnyOrder("Food Bank", "youth services");
    }

    @Test
    void nodesSitInsideThePictureAndLongNamesAreShortenedOnlyInTheirLabel() {
        String longName = "The Very Long Regional Coalition for Family Housing";
        EcoMap map = EcoMap.of(all(times(3, group(longName, "B")), times(3, group("B", "C")), times(3, group("C", "D")),
                times(3, group("D", "E"))), 3);

        assertThat(map.nodes()).hasSize(5).allSatisfy(node -> {
            assertThat(node.x()).isBetween(0, EcoMap.WIDTH);
            assertThat(node.y()).isBetween(0, EcoMap.HEIGHT);
        });
        assertThat(map.nodes()).filteredOn(node -> node.name().equals(longName)).singleElement()
                .satisfies(node -> assertThat(node.shortName()).hasSizeLessThan(longName.length()).endsWith("…"));
        assertThat(map.edges()).allSatisfy(edge -> assertThat(edge.strokeWidth()).isBetween(1, 6));
    }
}
