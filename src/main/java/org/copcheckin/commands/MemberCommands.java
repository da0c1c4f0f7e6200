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

import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.ForgetMe;
import org.copcheckin.community.Language;
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
    private static final DateTimeFormatter DAY_ES = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM",
            Language.ES.locale());

    private final Members members;
    private final ForgetMe forgetMe;
    private final Confirmations confirmations;
    private final Clock clock;

    private final ReminderSettings reminders;
    private final CommunityLanguages languages;

    MemberCommands(Members members, ForgetMe forgetMe, Confirmations confirmations, Clock clock,
                   ReminderSettings reminders, CommunityLanguages languages) {
        this.languages = languages;
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
                        .confirmed((community, caller, argument) -> erase(caller, languages.of(community.id())))
                        .handler((c, a) -> askToForget(c)));
    }

    private Message optOut(Context context) {
        members.setPairing(context.community(), userId(context), PairingPreference.OPTED_OUT, null);
        return Message.text(context.language().text("member.optout"));
    }

    private Message optIn(Context context) {
        members.setPairing(context.community(), userId(context), PairingPreference.ACTIVE, null);
        return Message.text(context.language().text("member.optin"));
    }

    private Message pause(Context context, Args args) {
        int weeks = args.integer("weeks").orElseThrow().intValue();
        Instant until = clock.instant().plus(Duration.ofDays(7L * weeks));
        members.setPairing(context.community(), userId(context), PairingPreference.PAUSED, until);
        Language l = context.language();
        return Message.text(l.plural("member.paused", weeks,
                (l == Language.ES ? DAY_ES : DAY.withLocale(l.locale())).format(until.atZone(context.community().zone()))));
    }

    private Message profileZone(Context context, Args args) {
        String word = args.string("zone").orElseThrow();
        Language l = context.language();
        if (word.equalsIgnoreCase("none")) {
            return Message.text(l.text(reminders.setMemberZone(context.caller(), Optional.empty())
                    ? "member.zone.cleared" : "member.zone.none"));
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(FacilitatorCommands.canonicalZone(word));
        } catch (DateTimeException e) {
            return context.malformed(l.text("member.zone.unknown", word));
        }
        reminders.setMemberZone(context.caller(), Optional.of(zone));
        return Message.text(l.text("member.zone.set", zone.getId()));
    }

    private Message profileOrg(Context context, Args args) {
        String organisation = args.string("org").orElseThrow();
        Language l = context.language();
        if (organisation.length() > MAX_ORGANISATION) {
            return context.malformed(l.text("member.org.long", MAX_ORGANISATION));
        }
        if (organisation.contains("<member:") || organisation.contains("@")) {
            return context.malformed(l.text("member.org.person"));
        }
        if (organisation.equalsIgnoreCase("none")) {
            members.setOrganisation(context.community(), userId(context), null);
            return Message.text(l.text("member.org.cleared"));
        }
        members.setOrganisation(context.community(), userId(context), organisation);
        return Message.text(l.text("member.org.set", organisation));
    }

    private Reply askToForget(Context context) {
        Language l = context.language();
        return confirmations.ask(context, "", Message.of(l.text("forget.title"), l.text("forget.what"),
                l.text("forget.press", ConfirmationTokens.VALID.toMinutes())), l.text("forget.confirm"));
    }

    private Message erase(org.copcheckin.platform.MemberRef caller, Language l) {
        List<MemberErasure.Erased> erased = forgetMe.forget(caller);
        StringBuilder list = new StringBuilder();
        for (MemberErasure.Erased kind : erased) {
            list.append("\n• ").append(kind.kind().in(l)).append(": ").append(l.plural("forget.records", kind.records()));
            if (kind.communities() > 1) {
                list.append(l.text("forget.in.channels", kind.communities()));
            }
        }
        return Message.of("", l.text("forget.done") + list, l.text("forget.done.note"));
    }

    private static String userId(Context context) {
        return context.invoked().caller().userId();
    }
}
