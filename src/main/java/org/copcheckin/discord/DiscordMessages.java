package org.copcheckin.discord;

import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.copcheckin.commands.Reply;
import org.copcheckin.platform.Message;

/**
 * Renders a neutral {@link Message} as Discord messages: embeds (title, description in Discord markdown),
 * buttons on the last one, and as many messages as Discord's limits need.
 */
final class DiscordMessages {

    static final Color COLOR = new Color(0x2F7D6D);
    /** Button ids carry the action and its value; Discord allows 100 characters. */
    static final String BUTTON_SEPARATOR = "|";
    private static final Pattern SLACK_BOLD = Pattern.compile("(?<![*\\w])\\*(?![\\s*])([^*\\n]+?)(?<!\\s)\\*(?![*\\w])");

    private DiscordMessages() {
    }

    static List<MessageCreateData> embeds(Message neutral) {
        Message message = withMentions(neutral);
        List<MessageEmbed> embeds = new ArrayList<>();
        List<String> chunks = ContentSplitter.split(markdown(String.join("\n\n", message.paragraphs())),
                ContentSplitter.EMBED_DESCRIPTION_LIMIT);
        if (chunks.isEmpty()) {
            chunks = List.of("");
        }
        for (int i = 0; i < chunks.size(); i++) {
            EmbedBuilder embed = new EmbedBuilder().setColor(COLOR);
            if (i == 0 && !message.title().isEmpty()) {
                embed.setTitle(ContentSplitter.truncate(message.title(), ContentSplitter.EMBED_TITLE_LIMIT));
            }
            if (!chunks.get(i).isEmpty()) {
                embed.setDescription(chunks.get(i));
            }
            embeds.add(embed.build());
        }
        List<MessageCreateBuilder> messages = new ArrayList<>();
        MessageCreateBuilder current = null;
        int currentLength = 0;
        for (MessageEmbed embed : embeds) {
            if (current == null || current.getEmbeds().size() == 10
                    || currentLength + embed.getLength() > ContentSplitter.EMBEDS_TOTAL_LIMIT) {
                current = builder();
                messages.add(current);
                currentLength = 0;
            }
            current.addEmbeds(embed);
            currentLength += embed.getLength();
        }
        addButtons(messages.get(messages.size() - 1), message.buttonRows());
        return messages.stream().map(MessageCreateBuilder::build).toList();
    }

    /** A question to confirm: its embeds, then a red confirm button and a grey cancel button carrying the token. */
    static List<MessageCreateData> confirm(Reply.Confirm confirm) {
        List<MessageCreateData> parts = new ArrayList<>(embeds(confirm.message()));
        MessageCreateBuilder last = MessageCreateBuilder.from(parts.remove(parts.size() - 1));
        last.setComponents(ActionRow.of(
                Button.danger(Reply.Confirm.CONFIRM + BUTTON_SEPARATOR + confirm.token(),
                        ContentSplitter.truncate(confirm.confirmLabel(), 80)),
                Button.secondary(Reply.Confirm.CANCEL + BUTTON_SEPARATOR + confirm.token(), confirm.cancelLabel())));
        parts.add(last.build());
        return parts;
    }

    /** Plain content within 2000 characters a message, for channels where the bot may not embed links. */
    static List<MessageCreateData> plain(Message neutral) {
        Message message = withMentions(neutral);
        List<MessageCreateBuilder> messages = new ArrayList<>();
        String text = message.title().isEmpty() ? "" : "**" + message.title() + "**\n\n";
        for (String piece : ContentSplitter.split(text + markdown(String.join("\n\n", message.paragraphs())),
                ContentSplitter.MESSAGE_LIMIT)) {
            messages.add(builder().setContent(piece));
        }
        if (messages.isEmpty()) {
            messages.add(builder().setContent("."));
        }
        addButtons(messages.get(messages.size() - 1), message.buttonRows());
        return messages.stream().map(MessageCreateBuilder::build).toList();
    }

    /** Discord writes a mention of a member as {@code <@123>}. */
    static Message withMentions(Message message) {
        return message.withMentions(member -> "<@" + member.userId() + ">");
    }

    /** Members may be mentioned (pairing introductions); never @everyone, @here or a role, whatever the text says. */
    private static MessageCreateBuilder builder() {
        return new MessageCreateBuilder().setAllowedMentions(
                EnumSet.of(net.dv8tion.jda.api.entities.Message.MentionType.USER));
    }

    /** Slack-style {@code *bold*} becomes Discord's {@code **bold**}; code spans are left alone. */
    static String markdown(String text) {
        String[] parts = text.split("`", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('`');
            }
            out.append(i % 2 == 0 ? SLACK_BOLD.matcher(parts[i]).replaceAll("**$1**") : parts[i]);
        }
        return out.toString();
    }

    /** Each neutral row is one or more action rows of its own (Discord takes 5 buttons a row, 5 rows a message). */
    private static void addButtons(MessageCreateBuilder last, List<List<Message.Button>> buttonRows) {
        List<ActionRow> rows = new ArrayList<>();
        for (List<Message.Button> buttons : buttonRows) {
            List<Button> discordButtons = new ArrayList<>();
            for (Message.Button button : buttons) {
                String id = button.actionId() + BUTTON_SEPARATOR + (button.value() == null ? "" : button.value());
                discordButtons.add(Button.primary(ContentSplitter.truncate(id, 100),
                        ContentSplitter.truncate(button.label(), 80)));
            }
            for (int i = 0; i < discordButtons.size(); i += 5) {
                rows.add(ActionRow.of(discordButtons.subList(i, Math.min(i + 5, discordButtons.size()))));
            }
        }
        if (!rows.isEmpty()) {
            last.setComponents(rows.subList(0, Math.min(5, rows.size())));
        }
    }
}
