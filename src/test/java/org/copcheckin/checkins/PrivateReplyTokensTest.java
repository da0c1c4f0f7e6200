package org.copcheckin.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;
import org.junit.jupiter.api.Test;

class PrivateReplyTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private final PrivateReplyTokens tokens = new PrivateReplyTokens("k".repeat(32).getBytes());
    private final ChannelRef channel = new ChannelRef(PlatformKind.SLACK, "T1", "C1");
    private final MemberRef ana = channel.member("U-ANA");

    @Test
    void aTokenIsValidForItsMemberUntilItExpires() {
        String token = tokens.issue(42, channel, ana, NOW);

        assertThat(check(token, ana, NOW.plus(PrivateReplyTokens.VALID))).isEqualTo(new PrivateReplyTokens.Checked.Valid(42));
        assertThat(check(token, ana, NOW.plus(PrivateReplyTokens.VALID).plusSeconds(1)))
                .isEqualTo(new PrivateReplyTokens.Checked.Refused(PrivateReplyTokens.Why.EXPIRED));
        assertThat(check(token, channel.member("U-BEN"), NOW))
                .isEqualTo(new PrivateReplyTokens.Checked.Refused(PrivateReplyTokens.Why.NOT_YOURS));
        assertThat(token).doesNotContain("U-ANA").doesNotContain("T1").doesNotContain("C1");
    }

    @Test
    void anAlteredForeignOrFutureTokenIsForged() {
        String token = tokens.issue(42, channel, ana, NOW);
        String[] parts = token.split("\\.");
        String otherCheckIn = String.join(".", parts[0], Long.toString(43, 36), parts[2], parts[3], parts[4]);
        String later = String.join(".", parts[0], parts[1], Long.toString(NOW.getEpochSecond() + 3600, 36), parts[3],
                parts[4]);
        PrivateReplyTokens otherKey = new PrivateReplyTokens("x".repeat(32).getBytes());

        assertThat(check(otherCheckIn, ana, NOW)).isEqualTo(new PrivateReplyTokens.Checked.Refused(PrivateReplyTokens.Why.FORGED));
        assertThat(check(later, ana, NOW)).isEqualTo(new PrivateReplyTokens.Checked.Refused(PrivateReplyTokens.Why.FORGED));
        assertThat(check(otherKey.issue(42, channel, ana, NOW), ana, NOW)).isInstanceOf(PrivateReplyTokens.Checked.Refused.class);
        assertThat(check(tokens.issue(42, channel, ana, NOW.plus(Duration.ofHours(1))), ana, NOW))
                .as("issued in the future").isEqualTo(new PrivateReplyTokens.Checked.Refused(PrivateReplyTokens.Why.FORGED));
        assertThat(check("", ana, NOW)).isEqualTo(new PrivateReplyTokens.Checked.Refused(PrivateReplyTokens.Why.FORGED));
        assertThat(check(null, ana, NOW)).isEqualTo(new PrivateReplyTokens.Checked.Refused(PrivateReplyTokens.Why.FORGED));
        assertThat(tokens.check(token, ana, NOW, id -> Optional.empty()))
                .as("no such check-in").isEqualTo(new PrivateReplyTokens.Checked.Refused(PrivateReplyTokens.Why.FORGED));
    }

    private PrivateReplyTokens.Checked check(String token, MemberRef member, Instant now) {
        return tokens.check(token, member, now, id -> Optional.of(channel));
    }
}
