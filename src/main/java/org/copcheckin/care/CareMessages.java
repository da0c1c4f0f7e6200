package org.copcheckin.care;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.copcheckin.platform.Message;

/** The words of care messages. They name kinds only: never a value removed from a reply, never its words. */
final class CareMessages {

    private CareMessages() {
    }

    static Message nudge(Set<PersonalData> removed) {
        List<String> kinds = removed.stream().sorted().map(PersonalData::phrase).toList();
        return Message.of("",
                "Your reply seems to include " + and(kinds) + ". Everyone in this channel can read it: please "
                        + "consider editing it to leave that out. The bot kept none of it.",
                "_Only you can see this. `/cop nudges off` stops these notes._");
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
