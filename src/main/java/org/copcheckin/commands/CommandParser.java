package org.copcheckin.commands;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copcheckin.checkins.PromptKind;
import org.copcheckin.checkins.PromptTexts;
import org.copcheckin.community.PairingMode;
import org.copcheckin.commands.ParseResult.Malformed;
import org.copcheckin.commands.ParseResult.Parsed;
import org.copcheckin.scheduling.InvalidScheduleException;
import org.copcheckin.scheduling.ScheduleSpec;
import org.copcheckin.scheduling.ScheduleSpecParser;
import org.copcheckin.scheduling.ScheduledAction;

/** Turns the text after {@code /cop} into a {@link Command}; a pure function with no side effects. */
final class CommandParser {

    /** Slack {@code <@U123>} / {@code <@U123|name>}, Discord {@code <@123>} / {@code <@!123>}. */
    private static final Pattern MENTION = Pattern.compile("<@!?([A-Za-z0-9._-]+)(?:\\|[^>]*)?>");
    private static final Pattern ZONE_LIKE = Pattern.compile("(?i)(utc|gmt|z|[a-z]+(?:/[a-z0-9_+\\-]+)+|(?:utc|gmt)[+-]\\d{1,2}(?::?\\d{2})?)");
    private static final Pattern BARE_CUSTOM_PROMPT = Pattern.compile("(?i)\\s*prompt\\s+custom\\s*");
    static final int MAX_ORGANISATION = 120;

    private CommandParser() {
    }

    /** {@code prompt custom} with nothing after it: a platform with forms asks for the text in one. */
    static boolean isBareCustomPrompt(String text) {
        return text != null && BARE_CUSTOM_PROMPT.matcher(text).matches();
    }

    static ParseResult parse(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return ok(new Command.Help());
        }
        String sub = words.get(0).toLowerCase(Locale.ROOT);
        List<String> args = words.subList(1, words.size());
        return switch (sub) {
            case "help" -> ok(new Command.Help());
            case "prompt" -> prompt(text, args);
            case "schedule" -> schedule(args);
            case "pair" -> pair(args);
            case "digest" -> since("digest", args).map(d -> ok(new Command.Digest(d.since()))).orElseGet(() -> sinceError("digest"));
            case "export" -> since("export", args).map(d -> ok(new Command.Export(d.since()))).orElseGet(() -> sinceError("export"));
            case "status" -> noArgs("status", args, new Command.Status());
            case "optout", "opt-out" -> noArgs("optout", args, new Command.OptOut());
            case "optin", "opt-in" -> noArgs("optin", args, new Command.OptIn());
            case "pause" -> pause(args);
            case "profile" -> profile(text, args);
            case "forget-me", "forgetme" -> noArgs("forget-me", args, new Command.ForgetMe());
            case "facilitator", "facilitators" -> facilitator(args);
            case "vocabulary", "vocab" -> vocabulary(text, args);
            case "nudges" -> CareGrammar.nudges(args);
            case "settings" -> CareGrammar.settings(text, args);
            default -> new Malformed("help", "I don't know `" + words.get(0) + "`.");
        };
    }

    private static ParseResult vocabulary(String text, List<String> args) {
        if (args.isEmpty()) {
            return new Malformed("vocabulary", "Say add, remove or list.");
        }
        String verb = args.get(0).toLowerCase(Locale.ROOT);
        String entry = restAfter(text, 2);
        return switch (verb) {
            case "list" -> noArgs("vocabulary", args.subList(1, args.size()), new Command.VocabularyList());
            case "add" -> entry.isBlank()
                    ? new Malformed("vocabulary", "Which word or phrase? `/cop vocabulary add McKinney-Vento`.")
                    : ok(new Command.VocabularyAdd(entry));
            case "remove", "delete", "rm" -> entry.isBlank()
                    ? new Malformed("vocabulary", "Which word or phrase? `/cop vocabulary remove head lease`.")
                    : ok(new Command.VocabularyRemove(entry));
            default -> new Malformed("vocabulary", "`vocabulary " + args.get(0) + "` is not add, remove or list.");
        };
    }

    private static ParseResult prompt(String text, List<String> args) {
        if (args.isEmpty()) {
            return new Malformed("prompt", "Which prompt? Choose challenge, word, glows-grows or custom.");
        }
        Optional<PromptKind> kind = PromptKind.fromWord(args.get(0));
        if (kind.isEmpty()) {
            return new Malformed("prompt", "`" + args.get(0) + "` is not a prompt kind.");
        }
        if (kind.get() == PromptKind.CUSTOM) {
            String custom = restAfter(text, 2);
            if (custom.isBlank()) {
                return new Malformed("prompt", "A custom prompt needs its text: `/cop prompt custom What surprised you this week?`");
            }
            if (custom.length() > PromptTexts.MAX_CUSTOM_LENGTH) {
                return new Malformed("prompt", "A custom prompt can be at most " + PromptTexts.MAX_CUSTOM_LENGTH
                        + " characters.");
            }
            return ok(new Command.Prompt(PromptKind.CUSTOM, custom));
        }
        if (args.size() > 1) {
            return new Malformed("prompt", "`prompt " + args.get(0) + "` takes no more words; use `prompt custom <text>` for your own.");
        }
        return ok(new Command.Prompt(kind.get(), null));
    }

    private static ParseResult schedule(List<String> args) {
        if (args.isEmpty()) {
            return new Malformed("schedule", "Say add, list or remove.");
        }
        String verb = args.get(0).toLowerCase(Locale.ROOT);
        return switch (verb) {
            case "list" -> noArgs("schedule", args.subList(1, args.size()), new Command.ScheduleList());
            case "remove", "delete", "rm" -> scheduleRemove(args.subList(1, args.size()));
            case "add" -> scheduleAdd(args.subList(1, args.size()));
            default -> new Malformed("schedule", "`schedule " + args.get(0) + "` is not add, list or remove.");
        };
    }

    private static ParseResult scheduleRemove(List<String> args) {
        if (args.size() != 1) {
            return new Malformed("schedule", "Which schedule? `/cop schedule remove 3` (ids are in `/cop schedule list`).");
        }
        try {
            long id = Long.parseLong(args.get(0).replaceFirst("^#", ""));
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return ok(new Command.ScheduleRemove(id));
        } catch (NumberFormatException e) {
            return new Malformed("schedule", "`" + args.get(0) + "` is not a schedule id; `/cop schedule list` shows them.");
        }
    }

    private static ParseResult scheduleAdd(List<String> args) {
        if (args.size() < 2) {
            return new Malformed("schedule", "Say what and when: `/cop schedule add word weekly mon 09:00`.");
        }
        Optional<ScheduledAction> action = ScheduledAction.fromWord(args.get(0));
        if (action.isEmpty()) {
            String hint = args.get(0).equalsIgnoreCase("custom") ? " Custom prompts can't be scheduled yet." : "";
            return new Malformed("schedule", "`" + args.get(0) + "` is not something to schedule: use challenge, word, "
                    + "glows-grows, pair or digest." + hint);
        }
        List<String> when = args.subList(1, args.size());
        Optional<ZoneId> zone = Optional.empty();
        String last = when.get(when.size() - 1);
        if (when.size() > 1 && ZONE_LIKE.matcher(last).matches()) {
            try {
                zone = Optional.of(ZoneId.of(canonicalZone(last)));
                when = when.subList(0, when.size() - 1);
            } catch (DateTimeException e) {
                return new Malformed("schedule", "`" + last + "` is not a time zone I know: use an IANA name such as "
                        + "America/New_York or Europe/London.");
            }
        }
        try {
            ScheduleSpec spec = ScheduleSpecParser.parse(String.join(" ", when));
            return ok(new Command.ScheduleAdd(action.get(), spec, zone));
        } catch (InvalidScheduleException e) {
            return new Malformed("schedule", e.getMessage());
        }
    }

    private static ParseResult pair(List<String> args) {
        if (args.isEmpty()) {
            return ok(new Command.Pair(2));
        }
        if (args.size() == 1 && args.get(0).equalsIgnoreCase("preview")) {
            return ok(new Command.PairPreview());
        }
        if (args.size() == 2 && args.get(0).equalsIgnoreCase("size") && (args.get(1).equals("2") || args.get(1).equals("3"))) {
            return ok(new Command.Pair(Integer.parseInt(args.get(1))));
        }
        if (args.size() == 2 && args.get(0).equalsIgnoreCase("mode")) {
            String mode = args.get(1).toLowerCase(Locale.ROOT).replace("-", "");
            if (mode.equals("optin") || mode.equals("optout")) {
                return ok(new Command.PairMode(mode.equals("optin") ? PairingMode.OPT_IN : PairingMode.OPT_OUT));
            }
        }
        return new Malformed("pair", "Groups are of size 2 or 3: `/cop pair`, `/cop pair size 3` or `/cop pair preview`; "
                + "`/cop pair mode opt-in|opt-out` chooses who is paired.");
    }

    private record Since(Optional<LocalDate> since) {
    }

    private static Optional<Since> since(String sub, List<String> args) {
        if (args.isEmpty()) {
            return Optional.of(new Since(Optional.empty()));
        }
        if (args.size() == 2 && args.get(0).equalsIgnoreCase("since")) {
            try {
                return Optional.of(new Since(Optional.of(LocalDate.parse(args.get(1)))));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static ParseResult sinceError(String sub) {
        return new Malformed(sub, "Give the start date as `since YYYY-MM-DD`, for example `/cop " + sub + " since 2026-09-01`.");
    }

    private static ParseResult pause(List<String> args) {
        if (args.size() == 1 || (args.size() == 2 && args.get(1).toLowerCase(Locale.ROOT).startsWith("week"))) {
            try {
                int weeks = Integer.parseInt(args.get(0));
                if (weeks >= 1 && weeks <= 52) {
                    return ok(new Command.Pause(weeks));
                }
            } catch (NumberFormatException ignored) {
                // answered below
            }
        }
        return new Malformed("pause", "Say how many weeks, 1 to 52: `/cop pause 2`.");
    }

    private static ParseResult profile(String text, List<String> args) {
        if (args.size() < 2 || !args.get(0).equalsIgnoreCase("org")) {
            return new Malformed("profile", "Set your organisation with `/cop profile org <name>`.");
        }
        String org = restAfter(text, 2).strip();
        if (org.length() > MAX_ORGANISATION) {
            return new Malformed("profile", "An organisation name can be at most " + MAX_ORGANISATION + " characters.");
        }
        if (MENTION.matcher(org).find() || org.contains("@")) {
            return new Malformed("profile", "Give your organisation's name, not a person or an address.");
        }
        return ok(new Command.ProfileOrg(org.equalsIgnoreCase("none") ? "" : org));
    }

    private static ParseResult facilitator(List<String> args) {
        if (args.size() != 2) {
            return new Malformed("facilitator", "Say add or remove and mention the member: `/cop facilitator add @dana`.");
        }
        Matcher mention = MENTION.matcher(args.get(1));
        if (!mention.matches()) {
            return new Malformed("facilitator", "`" + args.get(1) + "` is not a mention of a member: type @ and pick them.");
        }
        return switch (args.get(0).toLowerCase(Locale.ROOT)) {
            case "add" -> ok(new Command.FacilitatorAdd(mention.group(1)));
            case "remove" -> ok(new Command.FacilitatorRemove(mention.group(1)));
            default -> new Malformed("facilitator", "`facilitator " + args.get(0) + "` is not add or remove.");
        };
    }

    private static ParseResult noArgs(String sub, List<String> args, Command command) {
        return args.isEmpty() ? ok(command) : new Malformed(sub, "`" + sub + "` takes no further words.");
    }

    private static ParseResult ok(Command command) {
        return new Parsed(command);
    }

    private static String canonicalZone(String zone) {
        String upper = zone.toUpperCase(Locale.ROOT);
        if (upper.equals("UTC") || upper.equals("GMT") || upper.equals("Z") || upper.startsWith("UTC") || upper.startsWith("GMT")) {
            return upper;
        }
        // IANA ids are case-sensitive; accept america/new_york as America/New_York
        return ZoneId.getAvailableZoneIds().stream().filter(id -> id.equalsIgnoreCase(zone)).findFirst().orElse(zone);
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.asList(text.strip().split("\\s+"));
    }

    /** The original text after the first {@code n} words, keeping its spacing and case. */
    static String restAfter(String text, int n) {
        String rest = text.strip();
        for (int i = 0; i < n; i++) {
            int space = indexOfWhitespace(rest);
            if (space < 0) {
                return "";
            }
            rest = rest.substring(space).stripLeading();
        }
        return rest.strip();
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
