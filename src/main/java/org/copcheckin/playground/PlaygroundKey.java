package org.copcheckin.playground;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The playground's access key: set by the operator ({@code COP_PLAYGROUND_KEY}) or generated at start-up. A
 * candidate is compared in constant time over digests of both, so neither its content nor its length shows in
 * the time an answer takes.
 */
final class PlaygroundKey {

    static final int MIN_LENGTH = 16;

    private final String value;
    private final boolean generated;

    private PlaygroundKey(String value, boolean generated) {
        this.value = value;
        this.generated = generated;
    }

    /** @param configured {@code COP_PLAYGROUND_KEY}; blank means generate one */
    static PlaygroundKey of(String configured) {
        if (configured == null || configured.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return new PlaygroundKey(Base64.getUrlEncoder().withoutPadding().encodeToString(random), true);
        }
        String key = configured.strip();
        if (key.length() < MIN_LENGTH || !key.matches("[A-Za-z0-9_\\-.~]+")) {
            throw new IllegalStateException("COP_PLAYGROUND_KEY must be at least " + MIN_LENGTH
                    + " characters of letters, digits, '-', '_', '.' or '~' (it travels in a URL): leave it empty to"
                    + " have one generated, or make one with `openssl rand -hex 24`");
        }
        return new PlaygroundKey(key, false);
    }

    boolean matches(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(digest(candidate), digest(value));
    }

    /** True when the app made the key, so only the start-up log knows it. */
    boolean generated() {
        return generated;
    }

    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "PlaygroundKey[" + (generated ? "generated" : "configured") + "]";
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
