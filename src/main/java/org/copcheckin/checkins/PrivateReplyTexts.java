package org.copcheckin.checkins;

import java.util.List;

import org.copcheckin.platform.Message;

/** What members read about private replies: the form, the confirmation, the refusals, and the thread's theme note. */
final class PrivateReplyTexts {

    static final String TITLE = "Reply privately";
    static final String HINT = "Only counted: it is never posted, and nobody sees who wrote it. Names and contact "
            + "details are removed before anything is counted, and the text itself is not kept.";

    private PrivateReplyTexts() {
    }

    /** What the thread gets of a recorded reply. */
    enum Note {
        /** no theme, or the community keeps private replies' themes out of the thread */
        NONE,
        /** its themes may be in the check-in's one note of private replies' themes, a day after the prompt */
        LATER
    }

    static Message recorded(PromptKind kind, ReplySummary summary, Note note, int k) {
        StringBuilder text = new StringBuilder("Thank you: your private reply is counted");
        if (summary.themes().isEmpty() && summary.words().isEmpty()) {
            text.append(" as taking part. No theme or everyday word was found in it to count.");
        } else {
            text.append(". Recorded:");
            if (!summary.themes().isEmpty()) {
                text.append("\n• themes: ").append(String.join(", ", summary.themes()));
            }
            if (!summary.words().isEmpty()) {
                text.append("\n• words counted: ").append(String.join(", ", summary.words()));
            }
        }
        List<String> paragraphs = new java.util.ArrayList<>(List.of(text.toString()));
        paragraphs.add(switch (note) {
            case LATER -> "Nothing is posted now. A day after the prompt, the thread gets one note of the themes at "
                    + "least " + k + " members who replied privately gave, all together, if at least " + k + " did: "
                    + "never your words, never a note of your reply alone. Nothing you wrote was kept, and the count "
                    + "is not linked to you.";
            case NONE -> "Nothing you wrote was posted or kept, and the count is not linked to you.";
        });
        return new Message("", paragraphs, List.of());
    }

    static final Message ALREADY = Message.text("You already replied privately to this check-in. That reply is "
            + "counted, so this one was not counted again; nothing you wrote was kept.");

    static final Message BLANK = Message.text("Write a few words first: an empty reply counts nothing.");

    static final Message NOT_A_CHECK_IN = Message.text("That button is not on a check-in cop-checkin knows in this "
            + "channel, so there is nothing to reply to privately.");

    static Message refused(PrivateReplyTokens.Why why) {
        return Message.text(switch (why) {
            case FORGED -> "That form is not one cop-checkin gave for a check-in, so nothing was recorded.";
            case NOT_YOURS -> "That form was opened by another member, so nothing was recorded. Press *Reply "
                    + "privately* on the prompt to reply yourself.";
            case EXPIRED -> "That form was open for more than " + PrivateReplyTokens.VALID.toHours() + " hours, so "
                    + "nothing was recorded. Press *Reply privately* on the prompt again.";
        });
    }
}
