package org.copcheckin.pairing;

/** A channel member not in this round, and why, in a few words for the facilitator. */
public record LeftOut(String userId, String why) {
}
