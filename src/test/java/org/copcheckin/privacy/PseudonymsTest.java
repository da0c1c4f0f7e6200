package org.copcheckin.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/** A pseudonym is HMAC-SHA256 over the purpose and the parts, whichever thread asks and however often. */
class PseudonymsTest {

    private static final byte[] KEY = "pseudonyms-test-key-0123456789ab".getBytes(StandardCharsets.UTF_8);

    @Test
    void aPseudonymIsTheKeyedHashOfThePurposeAndItsPartsEachTimeItIsAsked() throws Exception {
        Pseudonyms pseudonyms = Pseudonyms.withKey(KEY);
        String expected = hmac("reply-delivery\u0000SLACK\u0000C1\u00001700000000.000100");

        assertThat(pseudonyms.of("reply-delivery", "SLACK", "C1", "1700000000.000100")).isEqualTo(expected);
        pseudonyms.of("checkin-participation", "7", "SLACK", "U1"); // another one in between on the same thread
        assertThat(pseudonyms.of("reply-delivery", "SLACK", "C1", "1700000000.000100")).isEqualTo(expected);
        assertThat(pseudonyms.of("reply-delivery", "SLACK", "C1", "1700000000.000200")).isNotEqualTo(expected);
        assertThat(Pseudonyms.withKey("another-key-0123456789abcdefghij".getBytes(StandardCharsets.UTF_8))
                .of("reply-delivery", "SLACK", "C1", "1700000000.000100")).isNotEqualTo(expected);
    }

    @Test
    void threadsAskingAtOnceEachGetTheirOwnInputsPseudonym() throws Exception {
        Pseudonyms pseudonyms = Pseudonyms.withKey(KEY);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Boolean>> checks = IntStream.range(0, 400).mapToObj(i -> CompletableFuture.supplyAsync(
                    () -> pseudonyms.of("person", Integer.toString(i)).equals(hmac("person\u0000" + i)), pool)).toList();
            assertThat(checks).allSatisfy(check -> assertThat(check.get()).isTrue());
        } finally {
            pool.shutdown();
        }
    }

    private static String hmac(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
