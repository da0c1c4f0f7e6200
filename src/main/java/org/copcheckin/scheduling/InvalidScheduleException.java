package org.copcheckin.scheduling;

/** A schedule that cannot be accepted; the message is shown to the facilitator as it is. */
public class InvalidScheduleException extends RuntimeException {

    public InvalidScheduleException(String message) {
        super(message);
    }
}
