package org.copcheckin.privacy;

/** A configured {@code COP_SECRET_KEY} that anyone could guess; start-up stops with the reason and the remedy. */
class SecretKeyRefused extends IllegalStateException {

    private final String reason;

    SecretKeyRefused(String reason) {
        super("COP_SECRET_KEY is refused: " + reason + "; " + SecretKeyStrength.HOW_TO_MAKE_ONE
                + " (pseudonyms and stored Slack tokens depend on it)");
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
