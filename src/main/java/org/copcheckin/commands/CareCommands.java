package org.copcheckin.commands;

import java.util.List;
import java.util.Optional;

import org.copcheckin.care.CareSettings;
import org.copcheckin.care.ProtocolText;
import org.copcheckin.community.Community;
import org.copcheckin.community.Language;
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
    public String line(Community community, Language l) {
        long id = community.id();
        Optional<String> protocol = settings.safeguardingProtocol(id);
        return l.text("care.nudges.line", l.text(settings.nudgesOn(id) ? "care.state.on" : "care.state.off"))
                + "\n• " + l.text("care.safeguarding.line", l.text(protocol.isPresent()
                ? "care.safeguarding.with.protocol" : "care.safeguarding.state.off"));
    }

    private Message nudges(Context context, Args args) {
        boolean on = "on".equals(args.string("state").orElseThrow());
        settings.setMemberNudges(context.caller(), on);
        return Message.text(context.language().text(on ? "care.nudges.member.on" : "care.nudges.member.off"));
    }

    private Message settingsNudges(Context context, Args args) {
        boolean on = "on".equals(args.string("state").orElseThrow());
        settings.setNudges(context.community().id(), on);
        return Message.text(context.language().text(on ? "care.nudges.channel.on" : "care.nudges.channel.off"));
    }

    private Message settingsSafeguarding(Context context, Args args) {
        long community = context.community().id();
        Language l = context.language();
        boolean on = "on".equals(args.string("state").orElseThrow());
        Optional<String> protocol = args.string("protocol").map(String::strip).filter(text -> !text.isEmpty());
        if (!on) {
            if (protocol.isPresent()) {
                return context.malformed(l.text("care.safeguarding.off.takes.nothing"));
            }
            settings.turnSafeguardingOff(community);
            return Message.text(l.text("care.safeguarding.off"));
        }
        Optional<String> refusal = ProtocolText.refusal(protocol.orElse(""), l);
        if (refusal.isPresent()) {
            return context.malformed(refusal.get());
        }
        Optional<String> refused = settings.turnSafeguardingOn(community, protocol.orElseThrow());
        if (refused.isPresent()) {
            return context.malformed(refused.get());
        }
        return Message.of("", l.text("care.safeguarding.on", protocol.orElseThrow()),
                l.text("care.safeguarding.on.note"));
    }
}
