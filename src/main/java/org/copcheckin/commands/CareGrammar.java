package org.copcheckin.commands;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.copcheckin.care.ProtocolText;

/** The grammar of the care commands: {@code nudges on|off} and {@code settings nudges|safeguarding ...}. */
final class CareGrammar {

    private CareGrammar() {
    }

    static ParseResult nudges(List<String> args) {
        Optional<Boolean> on = onOff(args);
        return on.<ParseResult>map(value -> new ParseResult.Parsed(new Command.Nudges(value)))
                .orElseGet(() -> new ParseResult.Malformed("nudges", "Say on or off: `/cop nudges off`."));
    }

    /** @param text the whole command text, whose protocol keeps its spacing and case */
    static ParseResult settings(String text, List<String> args) {
        String what = args.isEmpty() ? "" : args.get(0).toLowerCase(Locale.ROOT);
        if (what.equals("nudges")) {
            return onOff(args.subList(1, args.size()))
                    .<ParseResult>map(on -> new ParseResult.Parsed(new Command.SettingsNudges(on)))
                    .orElseGet(() -> new ParseResult.Malformed("settings", "Say `/cop settings nudges on` or `off`."));
        }
        if (what.equals("safeguarding")) {
            String state = args.size() < 2 ? "" : args.get(1).toLowerCase(Locale.ROOT);
            if (state.equals("off") && args.size() == 2) {
                return new ParseResult.Parsed(new Command.SettingsSafeguarding(Optional.empty()));
            }
            if (state.equals("on")) {
                String protocol = CommandParser.restAfter(text, 3);
                Optional<String> refusal = ProtocolText.refusal(protocol);
                return refusal.<ParseResult>map(reason -> new ParseResult.Malformed("settings", reason))
                        .orElseGet(() -> new ParseResult.Parsed(new Command.SettingsSafeguarding(Optional.of(protocol.strip()))));
            }
            return new ParseResult.Malformed("settings", "Say `/cop settings safeguarding on <your protocol>` or "
                    + "`/cop settings safeguarding off`.");
        }
        return new ParseResult.Malformed("settings", "Which setting? `nudges` or `safeguarding`.");
    }

    private static Optional<Boolean> onOff(List<String> args) {
        if (args.size() != 1) {
            return Optional.empty();
        }
        return switch (args.get(0).toLowerCase(Locale.ROOT)) {
            case "on" -> Optional.of(true);
            case "off" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
