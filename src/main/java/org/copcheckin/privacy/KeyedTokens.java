package org.copcheckin.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short keyed signatures for the tokens the bot hands out and takes back (a form's metadata, a button's value):
 * HMAC-SHA256 over parts that each end in a zero byte, so that {@code ("ab", "c")} and {@code ("a", "bc")} differ,
 * cut to a few bytes and written as URL-safe Base64 without padding. Signatures are compared in constant time.
 */
public final class KeyedTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    public KeyedTokens(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** The first {@code bytes} bytes of the keyed hash of the parts: 8 bytes make 11 characters, 16 make 22. */
    public String sign(int bytes, String... parts) {
        if (bytes < 1 || bytes > 32) {
            throw new IllegalArgumentException("A keyed hash has 1 to 32 bytes, not " + bytes);
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            for (String part : parts) {
                mac.update(part.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
            }
            return BASE64.encodeToString(Arrays.copyOf(mac.doFinal(), bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        }
    }

    /** Whether a presented signature is the expected one, in a time that does not tell where they differ. */
    public static boolean same(String presented, String expected) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
