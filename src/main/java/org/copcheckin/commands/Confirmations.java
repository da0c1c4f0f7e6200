package org.copcheckin.commands;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.Message;
import org.copcheckin.privacy.Pseudonyms;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Asks before a subcommand that cannot be undone, and takes the answer: a token only its caller can use, in the
 * channel it was asked in, once, within {@link ConfirmationTokens#VALID}.
 */
@Component
class Confirmations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConfirmationTokens tokens;
    private final JdbcClient jdbc;
    private final Clock clock;

    Confirmations(Pseudonyms pseudonyms, JdbcClient jdbc, Clock clock) {
        this.tokens = new ConfirmationTokens(pseudonyms.derivedKey("confirmations"));
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The question, with buttons whose token runs this row's confirmed handler with {@code argument}. */
    Reply.Confirm ask(Context context, String argument, Message question, String confirmLabel) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        String token = tokens.issue(String.join("_", context.subcommand().path()), argument, context.invoked().channel(),
                context.caller(), clock.instant(), Base64.getUrlEncoder().withoutPadding().encodeToString(nonce));
        return new Reply.Confirm(question, confirmLabel, context.language().text("confirm.cancel"), token);
    }

    /** Checks a pressed confirmation and, when it holds, uses it up. */
    ConfirmationTokens.Checked take(ButtonPressed pressed) {
        Instant now = clock.instant();
        ConfirmationTokens.Checked checked = tokens.check(pressed.value(), pressed.channel(), pressed.member(), now);
        if (!(checked instanceof ConfirmationTokens.Checked.Valid valid)) {
            return checked;
        }
        jdbc.sql("DELETE FROM confirmation_used WHERE used_at < ?")
                .param(java.sql.Timestamp.from(now.minus(ConfirmationTokens.VALID).minusSeconds(60))).update();
        try {
            jdbc.sql("INSERT INTO confirmation_used (nonce, used_at) VALUES (?, ?)")
                    .params(valid.nonce(), java.sql.Timestamp.from(now)).update();
            return valid;
        } catch (DuplicateKeyException pressedBefore) {
            return new ConfirmationTokens.Checked.Refused(ConfirmationTokens.Why.USED);
        }
    }
}
