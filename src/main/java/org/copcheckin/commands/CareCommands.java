package org.copcheckin.commands;

import java.util.List;
import java.util.Optional;

import org.copcheckin.care.CareSettings;
import org.copcheckin.care.ProtocolText;
import org.copcheckin.community.Community;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Component;

/**
 * The care commands: a member's own nudges ({@code nudges on|off}), and the community's nudges and safeguarding
 * alerts ({@code settings nudges}, {@code settings safeguarding}), listed in {@code /cop settings}.
 */
@Component
class CareCommands implements SettingRow {

    private final CareSettings settings;

    CareCommands(CareSettings settings) {
        this.settings = settings;
    }

    List<Subcommand> rows() {
        return List.of(
                Subcommand.in("nudges", "nudges").member()
                        .option(Option.word("state", "on or off", "on", "off"))
                        .form("nudges on|off")
                        .does("private notes when your reply seems to include a name, a phone number, an e-mail, an "
                                + "address or an id (at most one per check-in)")
                        .example("nudges off").answers(this::nudges),
                Subcommand.in("settings", "settings", "nudges").facilitator()
                        .option(Option.word("state", "on or off", "on", "off"))
                        .form("settings nudges on|off")
                        .does("members' privacy nudges in this channel (on by default)")
                        .example("settings nudges off").answers(this::settingsNudges),
                Subcommand.in("settings", "settings", "safeguarding").facilitator()
                        .option(Option.word("state", "on or off", "on", "off"),
                                Option.text("protocol", "What facilitators should do (with on, at most "
                                        + ProtocolText.MAX_LENGTH + " characters)").optional())
                        .form("settings safeguarding on <protocol>|off")
                        .does("private alerts to facilitators when a reply matches the crisis-signal list, with a "
                                + "link, the kind of signal and your protocol; off by default. Not monitoring, and it "
                                + "does not replace anyone's reporting duty")
                        .example("settings safeguarding on Follow the district's crisis procedure: call the lead")
                        .answers(this::settingsSafeguarding));
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String line(Community community) {
        long id = community.id();
        Optional<String> protocol = settings.safeguardingProtocol(id);
        return "*Nudges*: " + (settings.nudgesOn(id) ? "on" : "off") + " (`/cop settings nudges on|off`)\n• "
                + "*Safeguarding alerts*: " + (protocol.isPresent() ? "on, with your protocol" : "off")
                + " (`/cop settings safeguarding on <protocol>|off`)";
    }

    private Message nudges(Context context, Args args) {
        boolean on = "on".equals(args.string("state").orElseThrow());
        settings.setMemberNudges(context.caller(), on);
        return Message.text(on
                ? "Nudges are on: when your reply seems to name someone or include a number or address, you get a "
                + "private note suggesting an edit."
                : "Nudges are off for you, in every channel the bot serves on this platform. `/cop nudges on` "
                + "brings them back.");
    }

    private Message settingsNudges(Context context, Args args) {
        boolean on = "on".equals(args.string("state").orElseThrow());
        settings.setNudges(context.community().id(), on);
        return Message.text(on
                ? "Privacy nudges are on in this channel: a member whose reply seems to include a name, a phone "
                + "number, an e-mail, an address or an id gets a private note (once per check-in)."
                : "Privacy nudges are off in this channel.");
    }

    private Message settingsSafeguarding(Context context, Args args) {
        long community = context.community().id();
        boolean on = "on".equals(args.string("state").orElseThrow());
        Optional<String> protocol = args.string("protocol").map(String::strip).filter(text -> !text.isEmpty());
        if (!on) {
            if (protocol.isPresent()) {
                return context.malformed("`off` takes no protocol text: `/cop settings safeguarding off`.");
            }
            settings.turnSafeguardingOff(community);
            return Message.text("Safeguarding alerts are off in this channel.");
        }
        Optional<String> refusal = ProtocolText.refusal(protocol.orElse(""));
        if (refusal.isPresent()) {
            return context.malformed(refusal.get());
        }
        Optional<String> refused = settings.turnSafeguardingOn(community, protocol.orElseThrow());
        if (refused.isPresent()) {
            return context.malformed(refused.get());
        }
        return Message.of("", "Safeguarding alerts are on in this channel. When a check-in reply matches the list "
                        + "of crisis signals (self-harm, abuse or neglect, violence, no safe place tonight, a missing "
                        + "child), each facilitator gets a private message with a link to the reply, the kind of "
                        + "signal and this protocol: " + protocol.orElseThrow(),
                "It is not monitoring and it does not replace anyone's reporting duty: it only points at a reply "
                        + "to read. No reply words are kept; only a weekly count of alerts. "
                        + "`/cop settings safeguarding off` turns it off.");
    }
}
