package org.copcheckin.calendar;

/** Why a calendar feed could not be read, in our own words for the facilitator; nothing was changed. */
final class FeedProblem extends Exception {

    FeedProblem(String reason) {
        super(reason, null, false, false);
    }
}
