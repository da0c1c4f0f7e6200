package org.copcheckin.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyedTokensTest {

    private final KeyedTokens keyed = new KeyedTokens("k".repeat(32).getBytes());

    @Test
    void aSignatureIsTheCutKeyedHashOfZeroEndedPartsSoTokensIssuedBeforeStillVerify() {
        // Expected values from Python's hmac module: HMAC-SHA256 over each part followed by a zero byte.
        assertThat(keyed.sign(8, "owner", "SLACK", "U-ANA")).isEqualTo("zZimzwGCNlU");
        assertThat(keyed.sign(16, "private-reply", "16", "abc", "SLACK", "T1", "C1", "U-ANA"))
                .isEqualTo("6HQWwU5SLUdo3f_UwFAjcw");
        assertThat(keyed.sign(16, "é", "ü")).as("parts are UTF-8").isEqualTo("7uFMIeUKxctXRsXHiKjrcg");
    }

    @Test
    void whereOnePartEndsAndTheNextBeginsIsSignedAndSoIsTheKey() {
        assertThat(keyed.sign(16, "ab", "c")).isNotEqualTo(keyed.sign(16, "a", "bc"));
        assertThat(new KeyedTokens("x".repeat(32).getBytes()).sign(16, "owner", "SLACK", "U-ANA"))
                .isNotEqualTo(keyed.sign(16, "owner", "SLACK", "U-ANA"));
    }

    @Test
    void aSignatureIsNeverLongerThanTheHash() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> keyed.sign(33, "owner"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(keyed.sign(32, "owner")).hasSize(43);
    }

    @Test
    void signaturesAreTheSameOnlyToTheLetter() {
        String signature = keyed.sign(16, "confirm", "erase");

        assertThat(KeyedTokens.same(signature, keyed.sign(16, "confirm", "erase"))).isTrue();
        assertThat(KeyedTokens.same(signature.toLowerCase(), signature)).isFalse();
        assertThat(KeyedTokens.same(signature.substring(1), signature)).isFalse();
        assertThat(KeyedTokens.same("", signature)).isFalse();
    }
}
