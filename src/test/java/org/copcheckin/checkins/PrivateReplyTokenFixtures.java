package org.copcheckin.checkins;

import java.time.Instant;

import org.copcheckin.platform.MemberRef;
import org.copcheckin.privacy.Pseudonyms;

/** Tokens as {@link PrivateReplies} signs them, issued at a chosen instant, for tests of expired forms. */
public final class PrivateReplyTokenFixtures {

    private PrivateReplyTokenFixtures() {
    }

    /** A genuine token for the check-in and member, signed with the application's key, issued at {@code issued}. */
    public static String issuedAt(Pseudonyms pseudonyms, CheckIn checkIn, MemberRef member, Instant issued) {
        return new PrivateReplyTokens(pseudonyms.derivedKey("private-replies")).issue(checkIn.id(),
                checkIn.thread().channel(), member, issued);
    }
}
