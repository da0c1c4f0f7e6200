package org.copcheckin.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;

import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.support.StoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code COP_FACILITATORS} with plain and scoped entries: a scoped entry counts in its own Slack workspace or
 * Discord server only, a plain one everywhere, and a malformed one stops start-up without repeating the entry.
 */
@StoreTest
class ConfiguredFacilitatorsTest {

    private static final ChannelRef DISTRICT = new ChannelRef(PlatformKind.SLACK, "T-DISTRICT", "C-1");
    private static final ChannelRef SHELTER = new ChannelRef(PlatformKind.SLACK, "T-SHELTER", "C-1");
    private static final ChannelRef GUILD = new ChannelRef(PlatformKind.DISCORD, "100", "200");
    private static final ChannelRef OTHER_GUILD = new ChannelRef(PlatformKind.DISCORD, "101", "200");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    private Facilitators with(String... entries) {
        CommunityDefaults defaults = new CommunityDefaults(null, null, new LinkedHashSet<>(List.of(entries)));
        return new Facilitators(jdbc, defaults, Clock.systemUTC(), new InsertOnce(transaction));
    }

    private static Community community(ChannelRef channel) {
        return new Community(-1, channel, ZoneOffset.UTC, 3, PairingMode.OPT_OUT, Instant.EPOCH);
    }

    private static boolean facilitates(Facilitators facilitators, ChannelRef channel, String userId) {
        return facilitators.isFacilitator(community(channel),
                new MemberRef(channel.platform(), channel.workspaceId(), userId), false);
    }

    @Test
    void aScopedSlackEntryCountsInItsOwnWorkspaceOnly() {
        Facilitators facilitators = with("slack:T-DISTRICT:U-LEAD");

        assertThat(facilitates(facilitators, DISTRICT, "U-LEAD")).isTrue();
        assertThat(facilitates(facilitators, SHELTER, "U-LEAD")).isFalse();
        assertThat(facilitates(facilitators, GUILD, "U-LEAD")).isFalse();
        assertThat(facilitators.everyone(community(DISTRICT))).containsExactly("U-LEAD");
        assertThat(facilitators.everyone(community(SHELTER))).isEmpty();
        assertThat(facilitators.plainConfiguredIds()).isZero();
    }

    @Test
    void aScopedDiscordEntryCountsInItsOwnServerOnly() {
        Facilitators facilitators = with("discord:100:555", "DISCORD:101:777");

        assertThat(facilitates(facilitators, GUILD, "555")).isTrue();
        assertThat(facilitates(facilitators, OTHER_GUILD, "555")).isFalse();
        assertThat(facilitates(facilitators, OTHER_GUILD, "777")).isTrue();
        assertThat(facilitates(facilitators, GUILD, "777")).isFalse();
    }

    @Test
    void aPlainIdStillCountsEverywhereAndIsCountedForTheStartUpWarning() {
        Facilitators facilitators = with("U-LEAD", " slack:T-SHELTER:U-OTHER ");

        assertThat(facilitates(facilitators, DISTRICT, "U-LEAD")).isTrue();
        assertThat(facilitates(facilitators, SHELTER, "U-LEAD")).isTrue();
        assertThat(facilitates(facilitators, SHELTER, "U-OTHER")).isTrue();
        assertThat(facilitates(facilitators, DISTRICT, "U-OTHER")).isFalse();
        assertThat(facilitators.everyone(community(SHELTER))).containsExactly("U-LEAD", "U-OTHER");
        assertThat(facilitators.plainConfiguredIds()).isEqualTo(1);
    }

    @Test
    void aMalformedScopedEntryStopsStartUpNamingItsPlaceNotItsIds() {
        for (String bad : List.of("slack:T-DISTRICT", "teams:T1:U1", "slack::U-LEAD", "discord:100:", "slack:T:U:X")) {
            assertThatThrownBy(() -> new CommunityDefaults(null, null, new LinkedHashSet<>(List.of("U-FIRST", bad))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("COP_FACILITATORS entry 2")
                    .hasMessageContaining("slack:<team id>:<user id>")
                    .hasMessageNotContaining("U-LEAD").hasMessageNotContaining("T-DISTRICT");
        }
    }
}
