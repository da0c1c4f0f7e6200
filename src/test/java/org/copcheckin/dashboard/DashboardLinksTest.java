package org.copcheckin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.copcheckin.community.Community;
import org.copcheckin.community.PairingMode;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.Test;

/** Dashboard links: signed for one community, valid for a day, and anything else refused with its reason. */
class DashboardLinksTest {

    private static final byte[] KEY = "a-test-key-of-32-bytes-0123456789".getBytes(StandardCharsets.UTF_8);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T07:00:00Z"));
    private final DashboardLinks links = new DashboardLinks(KEY,
            new DashboardProperties("https://cop.example.org/", Duration.ofDays(1)), clock);

    private static Community community(long id) {
        return new Community(id, new ChannelRef(PlatformKind.SLACK, "T1", "C" + id), ZoneOffset.UTC, 3,
                PairingMode.OPT_OUT, Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static String token(DashboardLinks.Link link) {
        return link.url().substring(link.url().indexOf("?t=") + 3);
    }

    @Test
    void aFreshLinkPointsAtThePublicAddressAndIsValidForItsCommunityForADay() {
        DashboardLinks.Link link = links.linkFor(community(42));

        assertThat(link.url()).startsWith("https://cop.example.org/dashboard/42?t=v1.42.");
        assertThat(link.expiresAt()).isEqualTo(Instant.parse("2026-12-03T07:00:00Z"));
        assertThat(links.check(42, token(link))).isEqualTo(new LinkCheck.Valid(42, link.expiresAt()));
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertThat(links.check(42, token(link))).isInstanceOf(LinkCheck.Valid.class);
    }

    @Test
    void aLinkExpiresADayAfterItWasMade() {
        DashboardLinks.Link link = links.linkFor(community(42));

        clock.advance(Duration.ofDays(1));

        assertThat(links.check(42, token(link))).isEqualTo(new LinkCheck.Expired(link.expiresAt()));
    }

    @Test
    void anyChangedCharacterMakesTheLinkAltered() {
        String token = token(links.linkFor(community(42)));
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            String altered = token.substring(0, i) + (c == 'A' ? 'B' : c == '1' ? '2' : 'A') + token.substring(i + 1);
            assertThat(links.check(42, altered)).as(altered).isNotInstanceOf(LinkCheck.Valid.class);
        }
    }

    @Test
    void aLaterExpiryOrAnotherCommunityWrittenIntoTheTokenBreaksTheSignature() {
        String token = token(links.linkFor(community(42)));
        String[] parts = token.split("\\.");
        String longer = parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 86_400) + "." + parts[3];
        String moved = parts[0] + ".43." + parts[2] + "." + parts[3];

        assertThat(links.check(42, longer)).isInstanceOf(LinkCheck.Altered.class);
        assertThat(links.check(43, moved)).isInstanceOf(LinkCheck.Altered.class);
    }

    @Test
    void anotherCommunitysLinkOpensNothingHere() {
        String forOther = token(links.linkFor(community(7)));

        assertThat(links.check(42, forOther)).isInstanceOf(LinkCheck.OtherCommunity.class);
    }

    @Test
    void aLinkSignedWithAnotherKeyMissingOrMalformedIsAltered() {
        DashboardLinks otherDeployment = new DashboardLinks("another-key-of-32-bytes-987654321".getBytes(
                StandardCharsets.UTF_8), new DashboardProperties(null, null), clock);

        assertThat(links.check(42, token(otherDeployment.linkFor(community(42))))).isInstanceOf(LinkCheck.Altered.class);
        assertThat(links.check(42, null)).isInstanceOf(LinkCheck.Altered.class);
        assertThat(links.check(42, "")).isInstanceOf(LinkCheck.Altered.class);
        assertThat(links.check(42, "v1.42.99999999999.x")).isInstanceOf(LinkCheck.Altered.class);
        assertThat(links.check(42, token(links.linkFor(community(42))) + "A")).isInstanceOf(LinkCheck.Altered.class);
    }

    @Test
    void theLinksStringFormLeavesTheTokenOut() {
        DashboardLinks.Link link = links.linkFor(community(42));

        assertThat(link.toString()).doesNotContain(token(link)).doesNotContain("v1.");
    }

    @Test
    void withoutAPublicAddressLinksPointAtTheLocalMachine() {
        assertThat(new DashboardProperties(" ", null).publicUrl()).isEqualTo("http://localhost:8080");
        assertThat(new DashboardProperties(null, null).linkLifetime()).isEqualTo(Duration.ofDays(1));
    }
}
