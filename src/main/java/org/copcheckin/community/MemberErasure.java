package org.copcheckin.community;

import java.util.List;

import org.copcheckin.platform.MemberRef;

/**
 * Erases what one feature keeps about a member, for {@code forget-me}, in every community of the member's
 * platform account (a Slack or Discord user id is the same person in every workspace or server of that platform).
 * Every module that keeps anything linked to a member (profiles, facilitator roles, pairing history, pseudonymous
 * rows) contributes one.
 */
public interface MemberErasure {

    /** @return what was erased, one entry per kind of record (entries with no records may be left out) */
    List<Erased> erase(MemberRef member);

    /**
     * Records of one kind erased.
     *
     * @param kind        what they were, for the member to read ("pairing history")
     * @param records     how many rows
     * @param communities in how many communities
     */
    record Erased(Kind kind, int records, int communities) {
    }

    /**
     * The kinds of record forget-me erases, each with its bundle key under {@code forget.kind.}: the key is written
     * here, not made from the English words, so rewording a label in one language never loses it in the others.
     */
    enum Kind {
        PAIRING_PREFERENCES("pairing-preferences-and-organisation-with-its-region-offers-and-directory-listing"),
        FACILITATOR_ROLES("facilitator-roles"),
        TIME_ZONE("time-zone"),
        REMINDER_PARTICIPATION("check-ins-you-took-part-in-for-reminders"),
        REMINDERS_SENT("reminders-sent-to-you"),
        PRIVATE_REPLY_RECEIPTS("private-replies-receipts"),
        FEELING_RECEIPTS("feeling-buttons-receipts"),
        PAIRING_HISTORY("pairing-history-who-you-met"),
        PAIRING_ROUNDS("pairing-groups-introductions-and-answers"),
        NUDGE_PREFERENCE("nudge-preference"),
        TREND_ROWS("anonymous-trend-rows-of-your-replies");

        private final String key;

        Kind(String key) {
            this.key = "forget.kind." + key;
        }

        public String key() {
            return key;
        }

        /** What these records were, in the language. */
        public String in(Language language) {
            return language.text(key);
        }
    }
}
