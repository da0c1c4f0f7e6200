package org.copcheckin.playground;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copcheckin.community.Language;

/**
 * The words the playground's script writes on the page (placeholders, buttons, hints, toasts), in the language of
 * the channel shown, handed to it with the page: the script looks them up by their key without the
 * {@code playground.js.} prefix, and fills {@code {0}} itself.
 */
final class PageTexts {

    static final String PREFIX = "playground.js.";
    static final List<String> KEYS = List.of("react", "unreact", "confirm", "sent", "full.size", "download",
            "chart.full", "close.hint", "no.replies", "replies.one", "replies.many", "reply.as", "reply",
            "private.label", "private.as", "private.send", "private.hint", "empty.timeline", "empty.private",
            "only.you", "new", "facilitator", "member", "command.as", "unreachable", "gone", "status", "answered",
            "prompt.blank");

    private PageTexts() {
    }

    static Map<String, String> forScript(Language l) {
        Map<String, String> texts = new LinkedHashMap<>();
        KEYS.forEach(key -> texts.put(key, l.text(PREFIX + key)));
        return texts;
    }
}
