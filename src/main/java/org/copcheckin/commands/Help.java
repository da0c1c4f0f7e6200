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
        paragraphs.add("Replies to prompts become anonymous trends: the text itself is never stored.");
        return new Message("cop-checkin help", paragraphs, List.of());
    }
}
