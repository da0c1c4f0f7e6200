package org.copcheckin.checkins;

import java.util.List;

import org.copcheckin.community.Language;
import org.copcheckin.platform.Message;

/**
 * What members read about private replies, in the community's language: the form, the confirmation, the refusals,
 * and the thread's theme note.
 */
final class PrivateReplyTexts {

    static final String TITLE = Language.EN.text("private.title");
    static final String HINT = Language.EN.text("private.hint");

    private PrivateReplyTexts() {
    }

    /** What the thread gets of a recorded reply. */
    enum Note {
        /** no theme, or the community keeps private replies' themes out of the thread */
        NONE,
        /** its themes may be in the check-in's one note of private replies' themes, a day after the prompt */
        LATER
    }

    static Message recorded(PromptKind kind, ReplySummary summary, Note note, Language l, int k) {
        StringBuilder text = new StringBuilder(l.text("private.counted"));
        if (summary.themes().isEmpty() && summary.words().isEmpty()) {
            text.append(l.text("private.counted.nothing"));
        } else {
            text.append(l.text("private.counted.recorded"));
            if (!summary.themes().isEmpty()) {
                text.append("\n• ").append(l.text("private.themes", String.join(", ", summary.themes())));
            }
            if (!summary.words().isEmpty()) {
                text.append("\n• ").append(l.text("private.words", String.join(", ", summary.words())));
            }
        }
        List<String> paragraphs = new java.util.ArrayList<>(List.of(text.toString()));
        paragraphs.add(switch (note) {
            case LATER -> l.text("private.later", k);
            case NONE -> l.text("private.none");
        });
        return new Message("", paragraphs, List.of());
    }

    static Message already(Language l) {
        return Message.text(l.text("private.already"));
    }

    static Message blank(Language l) {
        return Message.text(l.text("private.blank"));
    }

    static final Message NOT_A_CHECK_IN = notACheckIn(Language.EN);

    static Message notACheckIn(Language l) {
        return Message.text(l.text("private.not.check.in"));
    }

    static Message refused(PrivateReplyTokens.Why why, Language l) {
        return Message.text(switch (why) {
            case FORGED -> l.text("private.forged");
            case NOT_YOURS -> l.text("private.not.yours");
            case EXPIRED -> l.text("private.expired", PrivateReplyTokens.VALID.toHours());
        });
    }
}
