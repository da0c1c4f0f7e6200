package org.copcheckin.reminders;

import org.copcheckin.platform.Message;

/** The reminder's words: private, with a link to the prompt, and how to stop them. No member is named. */
final class ReminderMessages {

    private ReminderMessages() {
    }

    static Message reminder(String link) {
        return Message.of("A gentle reminder",
                "This channel's check-in is still open: " + link + ". A reply in its thread, whenever it suits you, "
                        + "helps the community see what members are working on. Skipping it is fine too.",
                "Only you see this. `/cop reminders off` stops these reminders for you.");
    }
}
