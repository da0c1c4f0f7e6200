package org.copcheckin.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import org.copcheckin.commands.Catalogue;
import org.copcheckin.commands.Option;
import org.copcheckin.commands.Subcommand;

/**
 * {@code /cop} as one Discord slash command, made from the catalogue: a row of one word is a subcommand, a row
 * of two ({@code schedule add}) a subcommand in its group, and each typed option a Discord option.
 */
final class CopSlashCommand {

    static final String NAME = "cop";
    private static final int DESCRIPTION_MAX = 100;

    private CopSlashCommand() {
    }

    /** The command as registered with Discord. */
    static SlashCommandData data(Catalogue catalogue) {
        // a community is a server's text channel: /cop is not offered in direct messages or group DMs
        SlashCommandData command = Commands.slash(NAME, "Check-ins, pairing and trends for this community")
                .setContexts(InteractionContextType.GUILD);
        Map<String, SubcommandGroupData> groups = new LinkedHashMap<>();
        for (Subcommand row : catalogue.rows()) {
            List<String> path = row.path();
            SubcommandData data = new SubcommandData(path.get(path.size() - 1), description(row.summary()));
            row.options().forEach(option -> data.addOptions(option(option)));
            if (path.size() == 1) {
                command.addSubcommands(data);
            } else {
                groups.computeIfAbsent(path.get(0), g -> new SubcommandGroupData(g, "/cop " + g + " ...")).addSubcommands(data);
            }
        }
        command.addSubcommandGroups(groups.values());
        return command;
    }

    static OptionType type(Option.Type type) {
        return switch (type) {
            case WORD, TEXT, DATE -> OptionType.STRING;
            case INTEGER -> OptionType.INTEGER;
            case FLAG -> OptionType.BOOLEAN;
            case MEMBER -> OptionType.USER;
            case FILE -> OptionType.ATTACHMENT;
        };
    }

    private static OptionData option(Option option) {
        OptionData data = new OptionData(type(option.type()), option.name(), description(option.description()),
                option.required());
        if (option.type() == Option.Type.INTEGER) {
            data.setRequiredRange(option.min(), Math.min(option.max(), (long) OptionData.MAX_POSITIVE_NUMBER));
        } else {
            option.choices().forEach(choice -> data.addChoice(choice, choice));
        }
        return data;
    }

    private static String description(String text) {
        String plain = text.replace("`", "");
        return plain.length() <= DESCRIPTION_MAX ? plain : plain.substring(0, DESCRIPTION_MAX - 1) + "…";
    }
}
