package org.copcheckin.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.pairing.PairingFixtures.channelMembers;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.copcheckin.community.MemberProfile;
import org.copcheckin.community.PairingMode;
import org.copcheckin.community.PairingPreference;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void membersWithoutAProfileArePairedInAnOptOutChannelButNotInAnOptInOne() {
        assertThat(eligible(PairingMode.OPT_OUT, List.of())).containsExactly("U1", "U2", "U3");
        assertThat(eligible(PairingMode.OPT_IN, List.of())).isEmpty();
    }

    @Test
    void optedOutPausedAndNotJoinedMembersAreLeftOutWithTheirReason() {
        Eligibility who = Eligibility.of(PairingMode.OPT_OUT, ZoneOffset.UTC, channelMembers("U1", "U2", "U3"), List.of(
                profile("U1", PairingPreference.OPTED_OUT, null),
                profile("U2", PairingPreference.PAUSED, NOW.plus(Duration.ofDays(3))),
                profile("U3", PairingPreference.NOT_JOINED, null)), NOW);

        assertThat(who.participants()).isEmpty();
        assertThat(who.leftOut()).extracting(LeftOut::why)
                .containsExactly("opted out", "paused until 26 Nov 2026", "has not joined pairing (this channel is opt-in)");
    }

    @Test
    void aMemberWhosePauseHasEndedIsInAgainAndDueANote() {
        Eligibility who = Eligibility.of(PairingMode.OPT_OUT, ZoneOffset.UTC, channelMembers("U1"),
                List.of(profile("U1", PairingPreference.PAUSED, NOW.minusSeconds(1))), NOW);

        assertThat(who.participants()).extracting(Participant::id).containsExactly("U1");
        assertThat(who.pauseEnded()).containsExactly("U1");
    }

    @Test
    void theOrganisationComesFromTheProfile() {
        Eligibility who = Eligibility.of(PairingMode.OPT_OUT, ZoneOffset.UTC, channelMembers("U1"), List.of(
                new MemberProfile(1, "U1", Optional.of("Shelter North"), PairingPreference.ACTIVE, Optional.empty())), NOW);

        assertThat(who.participants()).containsExactly(Participant.of("U1", "Shelter North"));
    }

    private static List<String> eligible(PairingMode mode, List<MemberProfile> profiles) {
        return Eligibility.of(mode, ZoneOffset.UTC, channelMembers("U1", "U2", "U3"), profiles, NOW)
                .participants().stream().map(Participant::id).toList();
    }

    private static MemberProfile profile(String userId, PairingPreference preference, Instant pausedUntil) {
        return new MemberProfile(1, userId, Optional.empty(), preference, Optional.ofNullable(pausedUntil));
    }
}
