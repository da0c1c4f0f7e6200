package org.copcheckin.discord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;

/**
 * {@code /cop} as one Discord slash command whose subcommands mirror the text grammar, and the way back: the
 * chosen subcommand and options become the same {@code /cop ...} text a Slack user types, so the grammar,
 * usage and refusals live in one place (the commands module).
 */
final class CopSlashCommand {

    static final String NAME = "cop";

    /** An option; {@code prefix} is the word written before its value ({@code since}, {@code size}). */
    record Opt(String name, OptionType type, String description, boolean required, String prefix,
               List<String> choices) {
    }

    /** A subcommand, in a group ({@code schedule add}) or not ({@code group} null). */
    record Sub(String group, String name, String description, List<Opt> options) {
        String key() {
            return group == null ? name : group + " " + name;
        }
    }

    private static final List<String> PROMPT_KINDS = List.of("challenge", "word", "glows-grows", "custom");
    static final Map<String, Sub> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        add(null, "help", "Usage, with your role");
        add(null, "prompt", "Post a check-in prompt in this channel now",
                new Opt("kind", OptionType.STRING, "Which prompt", true, null, PROMPT_KINDS),
                new Opt("text", OptionType.STRING, "Your own prompt (with kind: custom)", false, null, List.of()));
        add("schedule", "add", "Schedule a prompt, a pairing round or a digest",
                new Opt("what", OptionType.STRING, "What to run", true, null,
                        List.of("challenge", "word", "glows-grows", "pair", "digest")),
                new Opt("when", OptionType.STRING, "daily 08:30, weekly mon 09:00, monthly first tue 10:00 or a "
                        + "Quartz cron", true, null, List.of()),
                new Opt("zone", OptionType.STRING, "IANA time zone, e.g. America/New_York", false, null, List.of()));
        add("schedule", "list", "This channel's schedules");
        add("schedule", "remove", "Remove a schedule",
                new Opt("id", OptionType.INTEGER, "The schedule's id from /cop schedule list", true, null, List.of()));
        add(null, "pair", "Run a pairing round now, preview it, or choose who is paired",
                new Opt("size", OptionType.INTEGER, "Group size", false, "size", List.of("2", "3")),
                new Opt("preview", OptionType.BOOLEAN, "Only show the groups", false, "preview", List.of()),
                new Opt("mode", OptionType.STRING, "Only members who join (opt-in), or everyone not opted out",
                        false, "mode", List.of("opt-in", "opt-out")));
        add(null, "digest", "The digest for a period, to you only", since());
        add(null, "status", "Schedules, next and last runs");
        add(null, "optout", "Leave pairing rounds");
        add(null, "optin", "Join pairing rounds again");
        add(null, "pause", "Skip pairing for some weeks",
                new Opt("weeks", OptionType.INTEGER, "1 to 52", true, null, List.of()));
        add(null, "profile", "Set your organisation, to be paired across organisations",
                new Opt("org", OptionType.STRING, "Your organisation (none clears it)", true, "org", List.of()));
        add(null, "forget-me", "Erase everything the bot keeps about you");
        add(null, "nudges", "Private notes when your reply seems to name someone or include a number",
                new Opt("state", OptionType.STRING, "on or off", true, null, List.of("on", "off")));
        add("settings", "nudges", "Members' privacy nudges in this channel",
                new Opt("state", OptionType.STRING, "on or off", true, null, List.of("on", "off")));
        add("settings", "safeguarding", "Private alerts to facilitators on crisis signals, with your protocol",
                new Opt("state", OptionType.STRING, "on or off", true, null, List.of("on", "off")),
                new Opt("protocol", OptionType.STRING, "What facilitators should do (with on, at most 500 characters)",
                        false, null, List.of()));
        add("facilitator", "add", "Make a member a facilitator of this channel",
                new Opt("member", OptionType.USER, "The member", true, null, List.of()));
        add("facilitator", "remove", "Remove a facilitator of this channel",
                new Opt("member", OptionType.USER, "The member", true, null, List.of()));
        add(null, "export", "Aggregate-only CSV of participation and themes", since());
        add("vocabulary", "add", "Add a word or phrase of this channel to the trend vocabulary",
                new Opt("word", OptionType.STRING, "e.g. McKinney-Vento or head lease", true, null, List.of()));
        add("vocabulary", "remove", "Remove a word or phrase from this channel's vocabulary",
                new Opt("word", OptionType.STRING, "The word or phrase", true, null, List.of()));
        add("vocabulary", "list", "This channel's own words");
    }

    private CopSlashCommand() {
    }

    private static Opt since() {
        return new Opt("since", OptionType.STRING, "Start date, YYYY-MM-DD", false, "since", List.of());
    }

    private static void add(String group, String name, String description, Opt... options) {
        Sub sub = new Sub(group, name, description, List.of(options));
        SUBCOMMANDS.put(sub.key(), sub);
    }

    /** The command as registered with Discord. */
    static SlashCommandData data() {
        SlashCommandData command = Commands.slash(NAME, "Check-ins, pairing and trends for this community");
        Map<String, SubcommandGroupData> groups = new LinkedHashMap<>();
        for (Sub sub : SUBCOMMANDS.values()) {
            SubcommandData data = new SubcommandData(sub.name(), sub.description());
            for (Opt opt : sub.options()) {
                OptionData option = new OptionData(opt.type(), opt.name(), opt.description(), opt.required());
                for (String choice : opt.choices()) {
                    if (opt.type() == OptionType.INTEGER) {
                        option.addChoice(choice, Long.parseLong(choice));
                    } else {
                        option.addChoice(choice, choice);
                    }
                }
                data.addOptions(option);
            }
            if (sub.group() == null) {
                command.addSubcommands(data);
            } else {
                groups.computeIfAbsent(sub.group(), g -> new SubcommandGroupData(g, "/cop " + g + " ...")).addSubcommands(data);
            }
        }
        command.addSubcommandGroups(groups.values());
        return command;
    }

    /**
     * The {@code /cop} text for a subcommand and its options.
     *
     * @param option the value of an option by name (a user option: the user's id), null when not given
     */
    static String text(String group, String subcommand, Function<String, String> option) {
        Sub sub = SUBCOMMANDS.get(group == null ? subcommand : group + " " + subcommand);
        List<String> words = new ArrayList<>();
        if (group != null) {
            words.add(group);
        }
        words.add(subcommand);
        if (sub == null) {
            return String.join(" ", words);
        }
        for (Opt opt : sub.options()) {
            String value = option.apply(opt.name());
            if (value == null || value.isBlank()) {
                continue;
            }
            if (opt.type() == OptionType.BOOLEAN) {
                if (Boolean.parseBoolean(value)) {
                    words.add(opt.prefix());
                }
                continue;
            }
            if (opt.prefix() != null) {
                words.add(opt.prefix());
            }
            words.add(opt.type() == OptionType.USER ? "<@" + value + ">" : value.strip());
        }
        return String.join(" ", words);
    }
}
