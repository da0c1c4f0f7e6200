package org.copcheckin.privacy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a configured secret that anyone could guess: too short, a template's placeholder, or too little
 * randomness (one character over and over, a short pattern repeated, two or three characters). Pseudonyms and
 * stored Slack tokens are only as private as this key.
 */
final class SecretKeyStrength {

    static final int MIN_BYTES = 32;
    /**
     * Estimated bits: a random 32-character hex key ({@code openssl rand -hex 16}) scores 116 on average and never
     * below 88 in a million draws, a base64 one over 180; 16 hex characters twice score 64.
     */
    static final double MIN_BITS = 80;
    static final String HOW_TO_MAKE_ONE = "make one with `openssl rand -base64 32` and keep it with your backups";
    private static final List<String> PLACEHOLDERS = List.of("changeme", "replaceme", "placeholder", "yoursecret",
            "secretkeyhere", "example", "randomcharacters");

    private SecretKeyStrength() {
    }

    /** Why the key is refused, or empty when it is fine. Never repeats the key. */
    static Optional<String> weakness(String key) {
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_BYTES) {
            return Optional.of("it is " + bytes + " bytes long and needs at least " + MIN_BYTES);
        }
        String letters = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        for (String placeholder : PLACEHOLDERS) {
            if (letters.contains(placeholder)) {
                return Optional.of("it looks like a template's placeholder (it contains \"" + placeholder + "\")");
            }
        }
        if (estimatedBits(key) < MIN_BITS) {
            return Optional.of("it has too little randomness (a character or a short pattern repeated, or too few"
                    + " different characters)");
        }
        return Optional.empty();
    }

    /**
     * The key's repeating unit (the whole key unless it is a pattern over and over) times the Shannon entropy of
     * that unit's characters: a rough upper bound, enough to catch the guessable.
     */
    static double estimatedBits(String key) {
        String unit = key.substring(0, period(key));
        Map<Integer, Integer> counts = new HashMap<>();
        unit.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        int length = unit.codePointCount(0, unit.length());
        double perCharacter = 0;
        for (int count : counts.values()) {
            double p = (double) count / length;
            perCharacter -= p * Math.log(p) / Math.log(2);
        }
        return perCharacter * length;
    }

    /** The shortest p such that the key is its first p characters over and over (KMP failure function). */
    private static int period(String key) {
        int n = key.length();
        int[] border = new int[n];
        for (int i = 1, k = 0; i < n; i++) {
            while (k > 0 && key.charAt(i) != key.charAt(k)) {
                k = border[k - 1];
            }
            if (key.charAt(i) == key.charAt(k)) {
                k++;
            }
            border[i] = k;
        }
        return n - border[n - 1];
    }
}
