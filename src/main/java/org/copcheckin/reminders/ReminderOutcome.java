package org.copcheckin.reminders;

import org.copcheckin.community.Language;

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
        return words(k, Language.EN);
    }

    /** The same line in the community's language. */
    public String words(int k, Language l) {
        StringBuilder line = new StringBuilder(l.text(delivered == 1 && k <= 1 ? "reminder.outcome.sent.one"
                : "reminder.outcome.sent.many", count(delivered, k, l)));
        if (refused > 0) {
            line.append("; ").append(l.text(refused == 1 && k <= 1 ? "reminder.outcome.refused.one"
                    : "reminder.outcome.refused.many", count(refused, k, l)));
        }
        if (failed > 0) {
            line.append("; ").append(l.text("reminder.outcome.failed", count(failed, k, l)));
        }
        return line.toString();
    }

    private static String count(int n, int k, Language l) {
        return n == 0 || n >= k ? Integer.toString(n) : l.text("reminder.outcome.fewer", k);
    }
}
