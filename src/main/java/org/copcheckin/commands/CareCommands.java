package org.copcheckin.commands;

import org.copcheckin.care.CareSettings;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Component;

/** The care commands: a member's nudges, and the community's nudges and safeguarding alerts. */
@Component
class CareCommands {

    private final CareSettings settings;

    CareCommands(CareSettings settings) {
        this.settings = settings;
    }

    Message nudges(CommandHandler.Context context, Command.Nudges nudges) {
        settings.setMemberNudges(context.invoked().caller(), nudges.on());
        return Message.text(nudges.on()
                ? "Nudges are on: when your reply seems to name someone or include a number or address, you get a "
                + "private note suggesting an edit."
                : "Nudges are off for you, in every channel the bot serves on this platform. `/cop nudges on` "
                + "brings them back.");
    }

    Message settingsNudges(CommandHandler.Context context, Command.SettingsNudges nudges) {
        settings.setNudges(context.community().id(), nudges.on());
        return Message.text(nudges.on()
                ? "Privacy nudges are on in this channel: a member whose reply seems to include a name, a phone "
                + "number, an e-mail, an address or an id gets a private note (once per check-in)."
                : "Privacy nudges are off in this channel.");
    }

    Message settingsSafeguarding(CommandHandler.Context context, Command.SettingsSafeguarding safeguarding) {
        long community = context.community().id();
        if (safeguarding.protocol().isEmpty()) {
            settings.turnSafeguardingOff(community);
            return Message.text("Safeguarding alerts are off in this channel.");
        }
        var refusal = settings.turnSafeguardingOn(community, safeguarding.protocol().get());
        if (refusal.isPresent()) {
            return Message.text(refusal.get());
        }
        return Message.of("", "Safeguarding alerts are on in this channel. When a check-in reply matches the list "
                        + "of crisis signals (self-harm, abuse or neglect, violence, no safe place tonight, a missing "
                        + "child), each facilitator gets a private message with a link to the reply, the kind of "
                        + "signal and this protocol: " + safeguarding.protocol().get(),
                "It is not monitoring and it does not replace anyone's reporting duty: it only points at a reply "
                        + "to read. No reply words are kept; only a weekly count of alerts. "
                        + "`/cop settings safeguarding off` turns it off.");
    }
}
