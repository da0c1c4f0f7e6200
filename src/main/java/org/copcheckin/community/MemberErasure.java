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
     * @param what        what they were, for the member to read ("pairing history")
     * @param records     how many rows
     * @param communities in how many communities
     */
    record Erased(String what, int records, int communities) {
    }
}
