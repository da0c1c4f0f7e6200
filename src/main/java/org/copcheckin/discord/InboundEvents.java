package org.copcheckin.discord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.CommandInvoked;
import org.copcheckin.platform.ThreadRef;
import org.copcheckin.platform.ThreadReplyReceived;

/** Turns JDA events into the neutral records the core takes in. */
final class InboundEvents {

    private InboundEvents() {
    }

    /** {@code /cop ...} in a guild text channel; the caller checks {@link #isCommunityChannel} first. */
    static CommandInvoked command(SlashCommandInteractionEvent event, Predicate<Member> facilitatorRole) {
        GuildChannel channel = event.getGuildChannel();
        List<String> path = new ArrayList<>();
        if (event.getSubcommandGroup() != null) {
            path.add(event.getSubcommandGroup());
        }
        if (event.getSubcommandName() != null) {
            path.add(event.getSubcommandName());
        }
        Map<String, Object> options = new LinkedHashMap<>();
        for (OptionMapping option : event.getOptions()) {
            if (option.getType() == OptionType.ATTACHMENT) {
                AttachmentText.read(option.getAsAttachment()).ifPresent(text -> options.put(option.getName(), text));
                continue;
            }
            options.put(option.getName(), switch (option.getType()) {
                case INTEGER -> option.getAsLong();
                case BOOLEAN -> option.getAsBoolean();
                case USER -> DiscordRefs.member(event.getGuild(), option.getAsUser());
                default -> option.getAsString();
            });
        }
        return new CommandInvoked(DiscordRefs.channel(channel), DiscordRefs.member(event.getGuild(), event.getUser()),
                new CommandInvoked.Input.Typed(path, options), DiscordRefs.platformAdmin(event.getMember(), facilitatorRole));
    }

    static boolean isCommunityChannel(SlashCommandInteractionEvent event) {
        return event.isFromGuild() && event.getMember() != null && event.getChannelType() == ChannelType.TEXT;
    }

    /**
     * A member's message in a thread of a text channel, as a reply for the intake; empty for everything else
     * (bots including this one, webhooks, system messages, DMs, messages outside threads, empty text).
     */
    static Optional<ThreadReplyReceived> reply(MessageReceivedEvent event) {
        User author = event.getAuthor();
        if (!event.isFromGuild() || author.isBot() || author.isSystem() || event.isWebhookMessage()
                || !event.getChannelType().isThread()) {
            return Optional.empty();
        }
        var message = event.getMessage();
        if (message.getType() != MessageType.DEFAULT && message.getType() != MessageType.INLINE_REPLY) {
            return Optional.empty();
        }
        String text = message.getContentRaw();
        ThreadChannel thread = event.getChannel().asThreadChannel();
        GuildChannel parent = thread.getParentChannel();
        if (text == null || text.isBlank() || parent.getType() != ChannelType.TEXT) {
            return Optional.empty();
        }
        Guild guild = event.getGuild();
        ChannelRef channel = DiscordRefs.channel(parent);
        return Optional.of(new ThreadReplyReceived(new ThreadRef(channel, thread.getId()),
                DiscordRefs.member(guild, author), message.getId(), text, message.getTimeCreated().toInstant(),
                knownNames(guild, parent)));
    }

    /** Names of the people who can see the channel, so the anonymiser can remove them from replies. */
    static Set<String> knownNames(Guild guild, GuildChannel channel) {
        Set<String> names = new LinkedHashSet<>();
        for (Member member : guild.getMembers()) {
            if (member.getUser().isBot() || !member.hasPermission(channel, Permission.VIEW_CHANNEL)) {
                continue;
            }
            names.add(member.getEffectiveName());
            names.add(member.getUser().getName());
            if (member.getUser().getGlobalName() != null) {
                names.add(member.getUser().getGlobalName());
            }
        }
        return names;
    }
}
