package org.copcheckin.care;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.copcheckin.community.Language;
import org.copcheckin.platform.Message;

/** The words of care messages. They name kinds only: never a value removed from a reply, never its words. */
final class CareMessages {

    private CareMessages() {
    }

    static Message nudge(Set<PersonalData> removed) {
        return nudge(removed, Language.EN);
    }

    static Message nudge(Set<PersonalData> removed, Language l) {
        List<String> kinds = removed.stream().sorted()
                .map(kind -> l.text("care.kind." + kind.name().toLowerCase(java.util.Locale.ROOT))).toList();
        String listed = kinds.size() <= 1 ? String.join("", kinds)
                : String.join(", ", kinds.subList(0, kinds.size() - 1)) + l.text("list.and") + kinds.get(kinds.size() - 1);
        return Message.of("", l.text("care.nudge", listed), l.text("care.nudge.only"));
    }

    static Message alert(Set<SignalKind> signals, String link, String protocol) {
        String kinds = and(signals.stream().map(SignalKind::label).toList());
        return Message.of("Safeguarding: a check-in reply may need your attention",
                "A reply in the check-in thread may show " + kinds + ". Open it here: " + link,
                "*Your community's protocol:* " + protocol,
                "_This is a pointer from a list of phrases, not a judgement: read the reply yourself. The bot keeps "
                        + "no record of it beyond a weekly count of alerts, and this does not replace anyone's "
                        + "reporting duty._");
    }

    private static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + items.get(items.size() - 1);
    }
}
