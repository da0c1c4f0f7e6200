package org.copcheckin.commands;

import org.copcheckin.platform.Message;

/** What {@code /cop} gives back to its caller: an answer, a form to open first, or a question to confirm. */
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

    /**
     * Ask the caller first: the action cannot be undone. Each adapter shows the question with a confirm and a cancel
     * button; a press comes back as a {@link org.copcheckin.platform.ButtonPressed} with {@link #CONFIRM} or
     * {@link #CANCEL} and the token as its value, which only this caller can use, once, for a few minutes.
     *
     * @param message      the question
     * @param confirmLabel what the confirm button says ("Yes, erase everything")
     * @param cancelLabel  what the cancel button says, in the community's language ("Cancel")
     * @param token        the neutral, signed action token the buttons carry
     */
    record Confirm(Message message, String confirmLabel, String cancelLabel, String token) implements Reply {

        public static final String CONFIRM = "cop.confirm";
        public static final String CANCEL = "cop.cancel";

        /** The question with its two buttons, for platforms that show them as plain buttons. */
        public Message withButtons() {
            return message.withButtons(new Message.Button(CONFIRM, confirmLabel, token),
                    new Message.Button(CANCEL, cancelLabel, token));
        }

        @Override
        public String toString() {
            return "Confirm[" + confirmLabel + "]";
        }
    }

    /** The forms a platform may be asked to open. */
    enum Form {
        /** a custom prompt's text, several lines allowed; submitting it runs {@code prompt custom <text>} */
        CUSTOM_PROMPT
    }
}
