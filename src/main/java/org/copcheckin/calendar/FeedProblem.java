package org.copcheckin.calendar;

import org.copcheckin.community.Wording;

/**
 * Why a calendar feed could not be read, in our own words for the facilitator (a bundle key, put in the
 * community's language when answered; the message is the English text, for logs); nothing was changed.
 */
final class FeedProblem extends Exception {

    private final transient Wording wording;

    FeedProblem(String key, Object... args) {
        this(Wording.of(key, args));
    }

    FeedProblem(Wording wording) {
        super(wording.english(), null, false, false);
        this.wording = wording;
    }

    Wording wording() {
        return wording;
    }
}
