package org.copcheckin.pairing;

import java.util.List;
import java.util.Optional;

/**
 * The groups of one round. Within each group the first member shares a challenge first.
 *
 * @param repeatedPairs          pairs inside the groups that had met before
 * @param sameOrganisationGroups groups in which two members share an organisation
 * @param noRoundReason          why there are no groups, when there are none
 */
public record Grouping(List<List<String>> groups, int repeatedPairs, int sameOrganisationGroups,
                       Optional<String> noRoundReason) {

    public Grouping {
        groups = groups.stream().map(List::copyOf).toList();
    }

    static Grouping none(String reason) {
        return new Grouping(List.of(), 0, 0, Optional.of(reason));
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public int memberCount() {
        return groups.stream().mapToInt(List::size).sum();
    }

    public List<List<String>> triads() {
        return groups.stream().filter(group -> group.size() == 3).toList();
    }
}
