package org.copcheckin.reminders;

/**
 * What became of one check-in's reminders, as counts: delivered, refused by the platform (a member who does not
 * accept direct messages) and failed otherwise. Names nobody.
 */
public record ReminderOutcome(int delivered, int refused, int failed) {

    /**
     * The facilitator's line in {@code /cop status}. A count of fewer than k members is shown as "fewer than k", as
     * every other published figure: with a small channel, "1 member does not accept direct messages" next to who
     * did not take part could point to one person.
     *
     * @param k the community's k
     */
    public String words(int k) {
        StringBuilder line = new StringBuilder().append(count(delivered, k))
                .append(delivered == 1 && k <= 1 ? " reminder" : " reminders").append(" sent");
        if (refused > 0) {
            boolean one = refused == 1 && k <= 1;
            line.append("; ").append(count(refused, k)).append(one ? " member does" : " members do")
                    .append(" not accept direct messages from the bot (their privacy settings), so ")
                    .append(one ? "theirs was" : "theirs were").append(" not delivered");
        }
        if (failed > 0) {
            line.append("; ").append(count(failed, k)).append(" could not be sent (the platform failed)");
        }
        return line.toString();
    }

    private static String count(int n, int k) {
        return n == 0 || n >= k ? Integer.toString(n) : "fewer than " + k;
    }
}
