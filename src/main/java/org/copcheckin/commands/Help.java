package org.copcheckin.commands;

import java.util.ArrayList;
import java.util.List;

import org.copcheckin.platform.Message;

/** The {@code help} answer, with the caller's role. */
final class Help {

    private Help() {
    }

    static Message message(boolean facilitator) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(facilitator
                ? "You are a *facilitator* of this channel."
                : "You are a *member* of this channel. Facilitators run prompts, schedules and pairing.");
        paragraphs.add(String.join("\n", Usage.MEMBER.values().stream().map(line -> "• " + line).toList()));
        if (facilitator) {
            paragraphs.add("*Facilitator commands*\n"
                    + String.join("\n", Usage.FACILITATOR.values().stream().map(line -> "• " + line).toList()));
        }
        paragraphs.add("Replies to prompts become anonymous trends: the text itself is never stored. When a reply "
                + "seems to include a name, a phone number, an e-mail, an address or an id, its author gets one "
                + "private note per check-in suggesting an edit, since the channel can read it.");
        if (facilitator) {
            paragraphs.add("*Safeguarding alerts* (off unless turned on with your protocol) point facilitators at a "
                    + "reply that matches a list of crisis signals. They are not monitoring, they can miss things "
                    + "and be wrong, and they do not replace anyone's reporting duty.");
        }
        return new Message("cop-checkin help", paragraphs, List.of());
    }
}
