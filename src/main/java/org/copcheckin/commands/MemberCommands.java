package org.copcheckin.commands;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.copcheckin.community.MemberErasure;
import org.copcheckin.community.Members;
import org.copcheckin.community.PairingPreference;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The commands every member may run about themselves. */
@Component
class MemberCommands {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final Members members;
    private final List<MemberErasure> erasures;
    private final Clock clock;

    MemberCommands(Members members, List<MemberErasure> erasures, Clock clock) {
        this.members = members;
        this.erasures = erasures;
        this.clock = clock;
    }

    Message optOut(CommandHandler.Context context) {
        members.setPairing(context.community(), userId(context), PairingPreference.OPTED_OUT, null);
        return Message.text("You're out of pairing rounds in this channel. `/cop optin` brings you back any time.");
    }

    Message optIn(CommandHandler.Context context) {
        members.setPairing(context.community(), userId(context), PairingPreference.ACTIVE, null);
        return Message.text("You're in: you'll be included in the next pairing round. `/cop optout` to leave again.");
    }

    Message pause(CommandHandler.Context context, Command.Pause pause) {
        Instant until = clock.instant().plus(Duration.ofDays(7L * pause.weeks()));
        members.setPairing(context.community(), userId(context), PairingPreference.PAUSED, until);
        return Message.text("Paused: no pairing for " + pause.weeks() + (pause.weeks() == 1 ? " week" : " weeks")
                + ", until " + DAY.format(until.atZone(context.community().zone()))
                + ". It resumes by itself; `/cop optin` resumes now.");
    }

    Message profileOrg(CommandHandler.Context context, Command.ProfileOrg org) {
        if (org.organisation().isEmpty()) {
            members.setOrganisation(context.community(), userId(context), null);
            return Message.text("Your organisation is cleared.");
        }
        members.setOrganisation(context.community(), userId(context), org.organisation());
        return Message.text("Your organisation is now *" + org.organisation() + "*. Pairing prefers partners "
                + "from other organisations.");
    }

    @Transactional
    Message forgetMe(CommandHandler.Context context) {
        int erased = erasures.stream().mapToInt(erasure -> erasure.erase(context.invoked().caller())).sum();
        return Message.text("Done: everything cop-checkin kept about you in this workspace is erased (" + erased
                + (erased == 1 ? " record" : " records") + "): your pairing preferences and history, organisation "
                + "and facilitator roles. Anonymous counts that never identified you stay.");
    }

    private static String userId(CommandHandler.Context context) {
        return context.invoked().caller().userId();
    }
}
