package org.copcheckin.commands;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.copcheckin.community.ForgetMe;
import org.copcheckin.community.MemberErasure;
import org.copcheckin.community.Members;
import org.copcheckin.community.PairingPreference;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Component;

/** The commands every member may run about themselves. */
@Component
class MemberCommands {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final Members members;
    private final ForgetMe forgetMe;
    private final Clock clock;

    MemberCommands(Members members, ForgetMe forgetMe, Clock clock) {
        this.members = members;
        this.forgetMe = forgetMe;
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

    Message forgetMe(CommandHandler.Context context) {
        List<MemberErasure.Erased> erased = forgetMe.forget(context.invoked().caller());
        StringBuilder list = new StringBuilder();
        for (MemberErasure.Erased kind : erased) {
            list.append("\n• ").append(kind.what()).append(": ").append(kind.records())
                    .append(kind.records() == 1 ? " record" : " records");
            if (kind.communities() > 1) {
                list.append(" in ").append(kind.communities()).append(" channels");
            }
        }
        return Message.of("", "Done: everything cop-checkin kept about you is erased, in every channel it serves "
                        + "on this platform." + list,
                "If you had left pairing, only an anonymous marker remains so you are not paired again by mistake; "
                        + "`/cop optin` removes it. Published weekly counts of at least "
                        + "several people never identified you and stay.");
    }

    private static String userId(CommandHandler.Context context) {
        return context.invoked().caller().userId();
    }
}
