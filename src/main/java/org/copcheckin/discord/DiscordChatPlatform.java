package org.copcheckin.discord;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.copcheckin.platform.Attachment;
import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.ChatPlatform;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ThreadRef;

/**
 * The {@link ChatPlatform} on Discord: a prompt is a message with a public thread started from it, a pair is
 * a private thread, a private answer is an ephemeral follow-up or a DM; messages are embeds.
 */
class DiscordChatPlatform implements ChatPlatform {

    private final Supplier<DiscordClient> client;
    private final PrivateConversations privateConversations;
    private final InteractionReplies interactions;
    private final Predicate<Member> facilitatorRole;
    private final DiscordCalls calls;

    DiscordChatPlatform(Supplier<DiscordClient> client, PrivateConversations privateConversations,
                        InteractionReplies interactions, Predicate<Member> facilitatorRole, DiscordCalls calls) {
        this.client = client;
        this.privateConversations = privateConversations;
        this.interactions = interactions;
        this.facilitatorRole = facilitatorRole;
        this.calls = calls;
    }

    @Override
    public PlatformKind kind() {
        return PlatformKind.DISCORD;
    }

    @Override
    public ThreadRef postToChannel(ChannelRef ref, Message message) {
        TextChannel channel = DiscordChannels.text(client.get(), ref);
        calls.requirePermissions(channel, "post the prompt with its thread", Permission.VIEW_CHANNEL,
                Permission.MESSAGE_SEND, Permission.CREATE_PUBLIC_THREADS, Permission.MESSAGE_SEND_IN_THREADS);
        // without Embed Links the prompt goes as plain text, as every other message does
        List<MessageCreateData> parts = channel.getGuild().getSelfMember()
                .hasPermission(channel, Permission.MESSAGE_EMBED_LINKS)
                ? DiscordMessages.embeds(message) : DiscordMessages.plain(message);
        ThreadChannel thread = calls.call("post the prompt with its thread", () -> {
            net.dv8tion.jda.api.entities.Message last = null;
            for (MessageCreateData part : parts) {
                last = channel.sendMessage(part).complete();
            }
            return last.createThreadChannel(threadName(message, "Check-in"))
                    .setAutoArchiveDuration(ThreadChannel.AutoArchiveDuration.TIME_1_WEEK).complete();
        });
        return new ThreadRef(ref, thread.getId());
    }

    @Override
    public void replyInThread(ThreadRef ref, Message message) {
        ThreadChannel thread = DiscordChannels.thread(client.get(), ref.channel(), ref.threadId(), calls);
        calls.send(thread, message, "reply in the thread");
    }

    @Override
    public ChannelRef openPrivateConversation(ChannelRef origin, List<MemberRef> members, Message message) {
        return privateConversations.open(client.get(), origin, members, message);
    }

    /** One message: the digest's embeds with the chart attached to the last of them. */
    @Override
    public ChannelRef openPrivateConversation(ChannelRef origin, List<MemberRef> members, Message message,
                                              Attachment image) {
        return privateConversations.open(client.get(), origin, members, message, upload(image.fileName(), image.png(),
                image.altText()));
    }

    @Override
    public void answerPrivately(ChannelRef channel, MemberRef member, Message message) {
        var hook = interactions.find(channel, member);
        if (hook.isPresent()) {
            calls.run("answer privately", () -> DiscordMessages.embeds(message)
                    .forEach(part -> hook.get().sendMessage(part).setEphemeral(true).complete()));
            return;
        }
        privateConversations.directMessage(client.get(), channel, member, message);
    }

    @Override
    public String linkTo(ThreadRef thread, String messageId) {
        return "https://discord.com/channels/" + thread.channel().workspaceId() + "/" + thread.threadId() + "/" + messageId;
    }

    @Override
    public void uploadImage(ChannelRef ref, String fileName, byte[] png, String altText) {
        MessageChannel channel = DiscordChannels.messageChannel(client.get(), ref);
        if (channel instanceof GuildChannel guildChannel) {
            calls.requirePermissions(guildChannel, "upload the chart", Permission.MESSAGE_SEND,
                    Permission.MESSAGE_ATTACH_FILES);
        }
        FileUpload upload = upload(fileName, png, altText);
        calls.run("upload the chart", () -> channel.sendFiles(upload).complete());
    }

    private static FileUpload upload(String fileName, byte[] png, String altText) {
        return FileUpload.fromData(png, fileName)
                .setDescription(altText == null ? null : ContentSplitter.truncate(altText, 1024));
    }

    /** A message with the file attached, in a channel, thread or direct message. */
    @Override
    public void uploadFile(ChannelRef ref, String fileName, byte[] content, String title) {
        MessageChannel channel = DiscordChannels.messageChannel(client.get(), ref);
        if (channel instanceof GuildChannel guildChannel) {
            calls.requirePermissions(guildChannel, "upload the export", Permission.MESSAGE_SEND,
                    Permission.MESSAGE_ATTACH_FILES);
        }
        FileUpload upload = upload(fileName, content, title);
        calls.run("upload the export", () -> channel.sendFiles(upload).complete());
    }

    @Override
    public List<ChannelMember> listHumanMembers(ChannelRef ref) {
        Guild guild = DiscordChannels.guild(client.get(), ref);
        GuildChannel channel = DiscordChannels.text(client.get(), ref);
        return guild.getMembers().stream()
                .filter(member -> !member.getUser().isBot() && !member.getUser().isSystem())
                .filter(member -> member.hasPermission(channel, Permission.VIEW_CHANNEL))
                .map(member -> new ChannelMember(DiscordRefs.member(guild, member.getUser()),
                        member.getEffectiveName(), DiscordRefs.platformAdmin(member, facilitatorRole)))
                .toList();
    }

    static String threadName(Message message, String fallback) {
        String name = message.title().isBlank() ? fallback : message.title().strip();
        return ContentSplitter.truncate(name, 100);
    }
}
