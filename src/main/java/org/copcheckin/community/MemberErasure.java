package org.copcheckin.community;

import org.copcheckin.platform.MemberRef;

/**
 * Erases what one feature keeps about a member, for {@code forget-me}. Every module that keeps anything linked
 * to a member (profiles, facilitator roles, pairing history, pseudonymous rows) contributes one.
 */
public interface MemberErasure {

    /** @return how many records were erased */
    int erase(MemberRef member);
}
