package org.copcheckin.commands;

import org.copcheckin.platform.Message;

/** What {@code /cop} gives back to its caller: an answer, or a form to open first. */
public sealed interface Reply {

    /** The private answer; for a form, what a platform without forms shows instead. */
    Message message();

    default String plainText() {
        return message().plainText();
    }

    /** A private answer to the caller. */
    record Answer(Message message) implements Reply {
    }

    /**
     * Ask for more in a form (a Slack modal, the playground's dialog) before running the command.
     *
     * @param message the answer where the platform has no such form
     */
    record OpenForm(Form form, Message message) implements Reply {
    }

    /** The forms a platform may be asked to open. */
    enum Form {
        /** a custom prompt's text, several lines allowed; submitting it runs {@code prompt custom <text>} */
        CUSTOM_PROMPT
    }
}
