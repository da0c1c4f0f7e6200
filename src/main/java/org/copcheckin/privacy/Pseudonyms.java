package org.copcheckin.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keyed pseudonyms: HMAC-SHA256 with the deployment's secret over a purpose and some parts. The same inputs
 * give the same pseudonym; without the key nobody can link a pseudonym back to its inputs.
 */
@Component
public class Pseudonyms {

    private final SecretKeySpec key;
    /**
     * One keyed MAC per thread, made once: looking the algorithm up and setting the key took most of a pseudonym's
     * time, and a reply takes three (its delivery key, its author's weekly pseudonym, its participation key) before
     * its acknowledgement. {@code doFinal} leaves the MAC ready for the next use with the same key.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    @Autowired
    Pseudonyms(SecretKeyProperties properties) {
        this(SecretKeyStore.load(properties));
    }

    Pseudonyms(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Pseudonym for testing and tools that hold a key of their own. */
    public static Pseudonyms withKey(byte[] secret) {
        return new Pseudonyms(secret);
    }

    /** 64 hex characters identifying (purpose, parts...) under the key. */
    public String of(String purpose, String... parts) {
        Mac mac = macs.get();
        mac.reset(); // whatever an interrupted earlier use left in it
        mac.update(purpose.getBytes(StandardCharsets.UTF_8));
        for (String part : parts) {
            mac.update((byte) 0);
            mac.update(part.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Raw key material derived for another purpose (e.g. token encryption), never the secret itself. */
    public byte[] derivedKey(String purpose) {
        return HexFormat.of().parseHex(of("derived-key", purpose));
    }
}
