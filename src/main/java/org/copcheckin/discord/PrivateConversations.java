package org.copcheckin.discord;

import java.util.ArrayList;
import java.util.List;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberLeft;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.platform.PlatformKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Private conversations on Discord: one member gets a DM; a group gets a private thread of the community
 * channel with the members added (bots cannot open group DMs). A member who left the server is skipped and
 * reported as {@link MemberLeft}.
 */
class PrivateConversations {

    private static final Logger log = LoggerFactory.getLogger(PrivateConversations.class);

    private final ApplicationEventPublisher events;
    private final DiscordCalls calls;

    PrivateConversations(ApplicationEventPublisher events, DiscordCalls calls) {
        this.events = events;
        this.calls = calls;
    }

    ChannelRef open(DiscordClient client, ChannelRef origin, List<MemberRef> members, Message message) {
        return open(client, origin, members, message, null);
    }

    /** As {@link #open(DiscordClient, ChannelRef, List, Message)}, with a file attached to the message. */
    ChannelRef open(DiscordClient client, ChannelRef origin, List<MemberRef> members, Message message,
                    net.dv8tion.jda.api.utils.FileUpload file) {
        if (members.size() == 1) {
            return directMessage(client, origin, members.get(0), message, file);
        }
        TextChannel channel = DiscordChannels.text(client, origin);
        Guild guild = channel.getGuild();
        calls.requirePermissions(channel, "open a private thread for the group", Permission.VIEW_CHANNEL,
                Permission.CREATE_PRIVATE_THREADS, Permission.MESSAGE_SEND_IN_THREADS);
        List<MemberRef> present = new ArrayList<>();
        for (MemberRef member : members) {
            if (guild.getMemberById(member.userId()) == null) {
                left(origin, member);
            } else {
                present.add(member);
            }
        }
        if (present.isEmpty()) {
            throw new PlatformException("none of the group's members is still in the Discord server");
        }
        ThreadChannel thread = calls.call("open a private thread for the group", () -> channel
                .createThreadChannel(DiscordChatPlatform.threadName(message, "Say hello"), true)
                .setInvitable(false)
                .setAutoArchiveDuration(ThreadChannel.AutoArchiveDuration.TIME_1_WEEK)
                .complete());
        int added = 0;
        for (MemberRef member : present) {
            try {
                calls.run("add a member to the private thread",
                        () -> thread.addThreadMemberById(member.userId()).complete());
                added++;
            } catch (RuntimeException e) {
                if (isUnknownMember(e)) {
                    left(origin, member);
                } else {
                    throw e;
                }
            }
        }
        calls.send(thread, message, "introduce the group", file);
        log.info("Opened a private thread for {} of {} members", added, members.size());
        return new ChannelRef(PlatformKind.DISCORD, guild.getId(), thread.getId());
    }

    ChannelRef directMessage(DiscordClient client, ChannelRef origin, MemberRef member, Message message) {
        return directMessage(client, origin, member, message, null);
    }

    private ChannelRef directMessage(DiscordClient client, ChannelRef origin, MemberRef member, Message message,
                                     net.dv8tion.jda.api.utils.FileUpload file) {
        Guild guild = DiscordChannels.guild(client, origin);
        PrivateChannel dm = calls.call("open a direct message",
                () -> guild.getJDA().openPrivateChannelById(member.userId()).complete());
        calls.send(dm, message, "send a direct message", file);
        return new ChannelRef(PlatformKind.DISCORD, guild.getId(), dm.getId());
    }

    private void left(ChannelRef origin, MemberRef member) {
        log.info("A member has left the server; not adding them");
        events.publishEvent(new MemberLeft(origin, member));
    }

    private static boolean isUnknownMember(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ErrorResponseException response
                    && (response.getErrorResponse() == ErrorResponse.UNKNOWN_MEMBER
                    || response.getErrorResponse() == ErrorResponse.UNKNOWN_USER)) {
                return true;
            }
        }
        return false;
    }
}
