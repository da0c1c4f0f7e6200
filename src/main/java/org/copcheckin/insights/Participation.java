package org.copcheckin.insights;

/**
 * How people took part in a period. Pseudonyms differ per check-in, so the same person answering two check-ins
 * counts twice in {@code participations}: by design, nobody can be followed across check-ins.
 *
 * @param replies                 replies received
 * @param participations          distinct participants summed over the check-ins
 * @param checkInsWithReplies     check-ins that got at least one reply
 * @param mostParticipantsInACheckIn the largest number of distinct participants of one check-in
 */
public record Participation(int replies, int participations, int checkInsWithReplies, int mostParticipantsInACheckIn) {

    public static final Participation NONE = new Participation(0, 0, 0, 0);

    /** Average distinct participants per check-in that got replies. */
    public double averageParticipants() {
        return checkInsWithReplies == 0 ? 0 : (double) participations / checkInsWithReplies;
    }
}
