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
        /** its themes are noted */
        NOTED,
        /** fewer than k members have replied privately so far: a note could point to its author */
        TOO_FEW
    }

    static Message recorded(PromptKind kind, ReplySummary summary, Note note, Language l) {
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
            case NOTED -> l.text("private.noted", note(kind, summary.themes(), l));
            case TOO_FEW -> l.text("private.too.few");
            case NONE -> l.text("private.none");
        });
        return new Message("", paragraphs, List.of());
    }

    static String note(PromptKind kind, List<String> themes, Language l) {
        return l.text(kind == PromptKind.CHALLENGE ? "private.note.challenge" : "private.note.reply",
                String.join(", ", themes));
    }

    static Message already(Language l) {
        return Message.text(l.text("private.already"));
    }

    static Message blank(Language l) {
        return Message.text(l.text("private.blank"));
    }

    static final Message NOT_A_CHECK_IN = Message.text(Language.EN.text("private.not.check.in"));

    static Message refused(PrivateReplyTokens.Why why, Language l) {
        return Message.text(switch (why) {
            case FORGED -> l.text("private.forged");
            case NOT_YOURS -> l.text("private.not.yours");
            case EXPIRED -> l.text("private.expired", PrivateReplyTokens.VALID.toHours());
        });
    }
}
