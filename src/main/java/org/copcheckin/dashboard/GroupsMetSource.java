package org.copcheckin.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.copcheckin.community.Community;

/**
 * What the pairing module tells the dashboard for its eco-map (an optional bean: without one the map is empty).
 * Organisations only: no user ids, no names.
 */
public interface GroupsMetSource {

    /**
     * The groups introduced in the community from (inclusive) to (exclusive) that reported they met, each as its
     * members' organisations as they are now (empty for a member who gave none).
     */
    List<List<Optional<String>>> groupsMet(Community community, Instant from, Instant to);
}
