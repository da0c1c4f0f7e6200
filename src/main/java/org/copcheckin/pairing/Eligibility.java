package org.copcheckin.pairing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.copcheckin.community.Language;
import org.copcheckin.community.MemberProfile;
import org.copcheckin.community.PairingMode;
import org.copcheckin.community.PairingPreference;
import org.copcheckin.platform.ChannelMember;

/**
 * Who takes part in a round: the channel's human members minus those who opted out, are paused, or have not
 * joined an opt-in community; and whose pause has just ended (they are in again, and are told once).
 */
record Eligibility(List<Participant> participants, List<LeftOut> leftOut, List<String> pauseEnded) {

    static Eligibility of(PairingMode mode, ZoneId zone, List<ChannelMember> channelMembers,
                          List<MemberProfile> profiles, Instant now) {
        return of(mode, zone, channelMembers, profiles, now, Language.EN);
    }

    /** @param l the community's language, for the reasons the facilitator reads */
    static Eligibility of(PairingMode mode, ZoneId zone, List<ChannelMember> channelMembers,
                          List<MemberProfile> profiles, Instant now, Language l) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", l.locale());
        Map<String, MemberProfile> byUser = profiles.stream()
                .collect(Collectors.toMap(MemberProfile::userId, Function.identity(), (a, b) -> a));
        Set<String> seen = new LinkedHashSet<>();
        List<Participant> participants = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        List<String> pauseEnded = new ArrayList<>();
        for (ChannelMember member : channelMembers) {
            String userId = member.ref().userId();
            if (!seen.add(userId)) {
                continue;
            }
            Optional<MemberProfile> profile = Optional.ofNullable(byUser.get(userId));
            PairingPreference preference = profile.map(p -> p.effectivePairing(now))
                    .orElse(mode == PairingMode.OPT_IN ? PairingPreference.NOT_JOINED : PairingPreference.ACTIVE);
            switch (preference) {
                case ACTIVE -> {
                    participants.add(new Participant(userId, profile.flatMap(MemberProfile::organisation)));
                    if (profile.map(p -> p.pairing() == PairingPreference.PAUSED).orElse(false)) {
                        pauseEnded.add(userId);
                    }
                }
                case OPTED_OUT -> leftOut.add(new LeftOut(userId, l.text("pairing.why.opted.out")));
                case PAUSED -> leftOut.add(new LeftOut(userId, profile.flatMap(MemberProfile::pausedUntil)
                        .map(until -> l.text("pairing.why.paused.until", day.format(until.atZone(zone))))
                        .orElse(l.text("pairing.why.paused"))));
                case NOT_JOINED -> leftOut.add(new LeftOut(userId, l.text("pairing.why.not.joined")));
                default -> throw new IllegalStateException("Unknown preference " + preference);
            }
        }
        return new Eligibility(participants, leftOut, pauseEnded);
    }
}
