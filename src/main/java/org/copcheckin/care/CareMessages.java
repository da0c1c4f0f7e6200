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
        return alert(signals, link, protocol, Language.EN);
    }

    /**
     * The alert in the community's language: a signal kind of the bundled list has its words in the bundle
     * ({@code care.signal.<id>}); a deployment's own kinds keep their list's label.
     */
    static Message alert(Set<SignalKind> signals, String link, String protocol, Language l) {
        String kinds = and(signals.stream().map(kind -> l == Language.EN ? kind.label()
                : l.optionalText("care.signal." + kind.id()).orElse(kind.label())).toList(), l);
        return Message.of(l.text("care.alert.title"), l.text("care.alert.body", kinds, link),
                l.text("care.alert.protocol", protocol), l.text("care.alert.note"));
    }

    private static String and(List<String> items, Language l) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", "))
                + l.text("list.and") + items.get(items.size() - 1);
    }
}
