package org.copcheckin.pairing;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a round (or a preview) did, for the facilitator's private summary.
 *
 * @param roundId      the recorded round; empty for a preview
 * @param groups       every group of the round, the first member of each shares first
 * @param failedGroups the groups that could not be introduced
 * @param reason       why the round was skipped or failed, when it was
 * @param resumed      whether this finished an earlier, interrupted or partial round
 * @param introduced   the groups introduced; while the round is {@link RoundOutcome#RUNNING}, so far
 * @param notes        what the facilitator should know about how the groups were made (an eco-map round's members
 *                     without a region), mentions and no names
 */
public record RoundReport(OptionalLong roundId, RoundOutcome outcome, List<List<String>> groups,
                          List<List<String>> failedGroups, List<LeftOut> leftOut, Optional<String> reason,
                          boolean resumed, int introduced, List<RoundNote> notes) {

    public RoundReport {
        groups = groups.stream().map(List::copyOf).toList();
        failedGroups = failedGroups.stream().map(List::copyOf).toList();
        leftOut = List.copyOf(leftOut);
        notes = List.copyOf(notes);
    }

    public RoundReport(OptionalLong roundId, RoundOutcome outcome, List<List<String>> groups,
                       List<List<String>> failedGroups, List<LeftOut> leftOut, Optional<String> reason, boolean resumed) {
        this(roundId, outcome, groups, failedGroups, leftOut, reason, resumed, 0, List.of());
    }

    public RoundReport(OptionalLong roundId, RoundOutcome outcome, List<List<String>> groups,
                       List<List<String>> failedGroups, List<LeftOut> leftOut, Optional<String> reason, boolean resumed,
                       int introduced) {
        this(roundId, outcome, groups, failedGroups, leftOut, reason, resumed, introduced, List.of());
    }

    RoundReport withNotes(List<RoundNote> more) {
        return new RoundReport(roundId, outcome, groups, failedGroups, leftOut, reason, resumed, introduced, more);
    }

    public List<List<String>> triads() {
        return groups.stream().filter(group -> group.size() == 3).toList();
    }
}
