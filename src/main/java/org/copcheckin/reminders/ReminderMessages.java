package org.copcheckin.reminders;

import org.copcheckin.community.Language;
import org.copcheckin.platform.Message;

/** The reminder's words: private, with a link to the prompt, and how to stop them. No member is named. */
final class ReminderMessages {

    private ReminderMessages() {
    }

    static Message reminder(String link) {
        return reminder(link, Language.EN);
    }

    /** The reminder in the community's language. */
    static Message reminder(String link, Language l) {
        return Message.of(l.text("reminder.dm.title"), l.text("reminder.dm.body", link), l.text("reminder.dm.only"));
    }
}
