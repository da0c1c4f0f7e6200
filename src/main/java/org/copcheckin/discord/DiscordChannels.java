package org.copcheckin.discord;

import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.platform.PlatformKind;

/** Finds the JDA guild and channel behind a neutral reference, with clear errors when they are gone. */
final class DiscordChannels {

    private DiscordChannels() {
    }

    static Guild guild(DiscordClient client, ChannelRef ref) {
        if (ref.platform() != PlatformKind.DISCORD) {
            throw new IllegalArgumentException("Not a Discord channel: " + ref);
        }
        Guild guild = client.guild(ref.workspaceId());
        if (guild == null) {
            throw new PlatformException("the bot is not in this Discord server (or its shard runs elsewhere)");
        }
        return guild;
    }

    static TextChannel text(DiscordClient client, ChannelRef ref) {
        TextChannel channel = guild(client, ref).getTextChannelById(ref.channelId());
        if (channel == null) {
            throw new PlatformException("the channel was deleted or the bot cannot see it");
        }
        return channel;
    }

    /** How many archived threads of a channel are looked through for one that is not in JDA's cache. */
    static final int ARCHIVED_LOOKED_THROUGH = 500;

    /**
     * A thread of the channel. JDA keeps only active threads in its cache: one Discord archived (after a week
     * without messages, or before a restart) is found through the API among the channel's archived public threads,
     * then the private ones the bot has joined. Posting in it unarchives it.
     */
    static ThreadChannel thread(DiscordClient client, ChannelRef parent, String threadId, DiscordCalls calls) {
        Guild guild = guild(client, parent);
        ThreadChannel cached = guild.getThreadChannelById(threadId);
        if (cached != null) {
            return cached;
        }
        TextChannel channel = text(client, parent);
        ThreadChannel archived = calls.call("find the archived thread", () -> channel.retrieveArchivedPublicThreadChannels()
                .stream().limit(ARCHIVED_LOOKED_THROUGH).filter(thread -> thread.getId().equals(threadId)).findFirst()
                .or(() -> channel.retrieveArchivedPrivateJoinedThreadChannels().stream().limit(ARCHIVED_LOOKED_THROUGH)
                        .filter(thread -> thread.getId().equals(threadId)).findFirst())
                .orElse(null));
        if (archived == null) {
            throw new PlatformException("the thread was deleted or the bot cannot see it");
        }
        return archived;
    }

    /** A guild channel or thread, or a DM channel opened earlier. */
    static MessageChannel messageChannel(DiscordClient client, ChannelRef ref) {
        Guild guild = guild(client, ref);
        GuildChannel channel = guild.getGuildChannelById(ref.channelId());
        if (channel instanceof MessageChannel messageChannel) {
            return messageChannel;
        }
        PrivateChannel direct = guild.getJDA().getPrivateChannelById(ref.channelId());
        if (direct != null) {
            return direct;
        }
        throw new PlatformException("the conversation was deleted or the bot cannot see it");
    }
}
