package org.copcheckin.reminders;

/**
 * What became of one check-in's reminders, as counts: delivered, refused by the platform (a member who does not
 * accept direct messages) and failed otherwise. Names nobody.
 */
public record ReminderOutcome(int delivered, int refused, int failed) {

    /** The facilitator's line in {@code /cop status}. */
    public String words() {
        StringBuilder line = new StringBuilder().append(delivered).append(delivered == 1 ? " reminder" : " reminders")
                .append(" sent");
        if (refused > 0) {
            line.append("; ").append(refused).append(refused == 1 ? " member does" : " members do")
                    .append(" not accept direct messages from the bot (their privacy settings), so ")
                    .append(refused == 1 ? "theirs was" : "theirs were").append(" not delivered");
        }
        if (failed > 0) {
            line.append("; ").append(failed).append(" could not be sent (the platform failed)");
        }
        return line.toString();
    }
}
