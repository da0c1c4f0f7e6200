package org.copcheckin.commands;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.copcheckin.community.ForgetMe;
import org.copcheckin.community.MemberErasure;
import org.copcheckin.community.Members;
import org.copcheckin.community.PairingPreference;
import org.copcheckin.platform.Message;
import org.copcheckin.reminders.ReminderSettings;
import org.springframework.stereotype.Component;

/** The commands every member may run about themselves. */
@Component
class MemberCommands {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final Members members;
    private final ForgetMe forgetMe;
    private final Confirmations confirmations;
    private final Clock clock;

    private final ReminderSettings reminders;

    MemberCommands(Members members, ForgetMe forgetMe, Confirmations confirmations, Clock clock,
                   ReminderSettings reminders) {
        this.reminders = reminders;
        this.members = members;
        this.forgetMe = forgetMe;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    static final int MAX_ORGANISATION = 120;

    List<Subcommand> rows() {
        return List.of(
                Subcommand.in("pairing choices", "optout").member().alias("opt-out")
                        .does("leave pairing rounds (`/cop optin` to rejoin)").answers((c, a) -> optOut(c)),
                Subcommand.in("pairing choices", "optin").member().alias("opt-in")
                        .does("join pairing rounds again").answers((c, a) -> optIn(c)),
                Subcommand.in("pairing choices", "pause").member()
                        .option(new Option("weeks", Option.Type.INTEGER, Option.Form.POSITIONAL, "week", "1 to 52",
                                true, List.of(), 1, 52))
                        .form("pause <weeks>").does("skip pairing for 1-52 weeks; it resumes by itself")
                        .example("pause 2").answers(this::pause),
                Subcommand.in("profile", "profile", "org").member()
                        .option(Option.text("org", "Your organisation (none clears it)"))
                        .form("profile org <name>").does("your organisation, so you are paired across "
                                + "organisations (`/cop profile org none` clears it)")
                        .example("profile org Lincoln Unified").answers(this::profileOrg),
                Subcommand.in("profile", "profile", "zone").member()
                        .option(Option.word("zone", "Your IANA time zone, e.g. America/Toronto (none clears it)"))
                        .form("profile zone <IANA zone>").does("your time zone, for reminders' quiet hours "
                                + "(`/cop profile zone none` clears it)")
                        .example("profile zone America/Toronto").answers(this::profileZone),
                Subcommand.in("forget-me", "forget-me").member().alias("forgetme")
                        .does("erase everything the bot keeps about you, once you confirm")
                        .confirmed((community, caller, argument) -> erase(caller))
                        .handler((c, a) -> askToForget(c)));
    }

    private Message optOut(Context context) {
        members.setPairing(context.community(), userId(context), PairingPreference.OPTED_OUT, null);
        return Message.text("You're out of pairing rounds in this channel. `/cop optin` brings you back any time.");
    }

    private Message optIn(Context context) {
        members.setPairing(context.community(), userId(context), PairingPreference.ACTIVE, null);
        return Message.text("You're in: you'll be included in the next pairing round. `/cop optout` to leave again.");
    }

    private Message pause(Context context, Args args) {
        int weeks = args.integer("weeks").orElseThrow().intValue();
        Instant until = clock.instant().plus(Duration.ofDays(7L * weeks));
        members.setPairing(context.community(), userId(context), PairingPreference.PAUSED, until);
        return Message.text("Paused: no pairing for " + weeks + (weeks == 1 ? " week" : " weeks")
                + ", until " + DAY.format(until.atZone(context.community().zone()))
                + ". It resumes by itself; `/cop optin` resumes now.");
    }

    private Message profileZone(Context context, Args args) {
        String word = args.string("zone").orElseThrow();
        if (word.equalsIgnoreCase("none")) {
            return Message.text(reminders.setMemberZone(context.caller(), Optional.empty())
                    ? "Your time zone is cleared: quiet hours follow Slack's time zone for you, or this channel's."
                    : "You had not set a time zone; nothing changed.");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(FacilitatorCommands.canonicalZone(word));
        } catch (DateTimeException e) {
            return context.malformed("`" + word + "` is not a time zone I know: use an IANA name such as "
                    + "America/Toronto or Europe/Paris, e.g. `/cop profile zone America/Toronto`.");
        }
        reminders.setMemberZone(context.caller(), Optional.of(zone));
        return Message.text("Your time zone is now " + zone.getId() + ": reminders wait for the end of quiet hours "
                + "there. It is kept under a keyed hash of your account, and `/cop forget-me` erases it.");
    }

    private Message profileOrg(Context context, Args args) {
        String organisation = args.string("org").orElseThrow();
        if (organisation.length() > MAX_ORGANISATION) {
            return context.malformed("An organisation name can be at most " + MAX_ORGANISATION + " characters.");
        }
        if (organisation.contains("<member:") || organisation.contains("@")) {
            return context.malformed("Give your organisation's name, not a person or an address.");
        }
        if (organisation.equalsIgnoreCase("none")) {
            members.setOrganisation(context.community(), userId(context), null);
            return Message.text("Your organisation is cleared.");
        }
        members.setOrganisation(context.community(), userId(context), organisation);
        return Message.text("Your organisation is now *" + organisation + "*. Pairing prefers partners "
                + "from other organisations.");
    }

    private Reply askToForget(Context context) {
        return confirmations.ask(context, "", Message.of("Erase everything about you?",
                "This erases what cop-checkin keeps about you in every channel it serves on this platform: your "
                        + "pairing history and choices, your organisation with its region, offers and directory listing, "
                        + "your time zone, your facilitator roles and your anonymous trend rows. It "
                        + "cannot be undone. If you left pairing or turned reminders off, only an anonymous marker "
                        + "of that stays, so you are not paired or reminded again by mistake.",
                "Press *Yes, erase everything* within " + ConfirmationTokens.VALID.toMinutes() + " minutes, or "
                        + "*Cancel*."), "Yes, erase everything");
    }

    private Message erase(org.copcheckin.platform.MemberRef caller) {
        List<MemberErasure.Erased> erased = forgetMe.forget(caller);
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
                "If you had left pairing or turned reminders off, only an anonymous marker remains so you are not "
                        + "paired or reminded again by mistake; `/cop optin` or `/cop reminders on` removes it. Published weekly counts of at least "
                        + "several people never identified you and stay.");
    }

    private static String userId(Context context) {
        return context.invoked().caller().userId();
    }
}
