package org.copcheckin.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.conversations.ConversationsMembersResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import org.copcheckin.platform.Attachment;
import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.ChatPlatform;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ThreadRef;

/**
 * The core's {@link ChatPlatform} on Slack: Block Kit with plain-text fallbacks, group DMs through
 * {@code conversations.open}, ephemeral answers, the external file upload flow, and channel members through
 * paginated {@code conversations.members} with the workspace's cached member list ({@link SlackUsers}).
 */
@SlackComponent
class SlackChatPlatform implements ChatPlatform {

    private static final int PAGE = 200;

    private final SlackApi api;
    private final SlackUsers users;
    private final FileUploads uploads;

    SlackChatPlatform(SlackApi api, SlackUsers users, FileUploads uploads) {
        this.api = api;
        this.users = users;
        this.uploads = uploads;
    }

    @Override
    public PlatformKind kind() {
        return PlatformKind.SLACK;
    }

    @Override
    public ThreadRef postToChannel(ChannelRef channel, Message message) {
        String ts = api.call(channel.workspaceId(), "chat.postMessage", channel.channelId(), client -> client.chatPostMessage(r -> r
                .channel(channel.channelId()).text(BlockKit.fallback(message)).blocks(BlockKit.blocks(message))))
                .getTs();
        return new ThreadRef(channel, ts);
    }

    @Override
    public void replyInThread(ThreadRef thread, Message message) {
        ChannelRef channel = thread.channel();
        api.call(channel.workspaceId(), "chat.postMessage", channel.channelId(), client -> client.chatPostMessage(r -> r
                .channel(channel.channelId()).threadTs(thread.threadId())
                .text(BlockKit.fallback(message)).blocks(BlockKit.blocks(message))));
    }

    @Override
    public ChannelRef openPrivateConversation(ChannelRef origin, List<MemberRef> members, Message message) {
        ChannelRef opened = open(origin, members);
        postToChannel(opened, message);
        return opened;
    }

    /** One message: the chart shared into the conversation with the message as its comment (files upload v2). */
    @Override
    public ChannelRef openPrivateConversation(ChannelRef origin, List<MemberRef> members, Message message,
                                              Attachment image) {
        ChannelRef opened = open(origin, members);
        upload(opened, image.fileName(), image.png(), image.altText(), image.fileName(),
                BlockKit.fallback(message));
        return opened;
    }

    private ChannelRef open(ChannelRef origin, List<MemberRef> members) {
        if (members.isEmpty() || members.size() > 8) {
            throw new IllegalArgumentException("A private conversation is for 1 to 8 members");
        }
        List<String> userIds = members.stream().map(MemberRef::userId).toList();
        String conversation = api.call(origin.workspaceId(), "conversations.open",
                client -> client.conversationsOpen(r -> r.users(userIds))).getChannel().getId();
        return new ChannelRef(PlatformKind.SLACK, origin.workspaceId(), conversation);
    }

    @Override
    public void answerPrivately(ChannelRef channel, MemberRef member, Message message) {
        api.call(channel.workspaceId(), "chat.postEphemeral", client -> client.chatPostEphemeral(r -> r
                .channel(channel.channelId()).user(member.userId())
                .text(BlockKit.fallback(message)).blocks(BlockKit.blocks(message))));
    }

    @Override
    public void answerPrivatelyInThread(ThreadRef thread, MemberRef member, Message message) {
        ChannelRef channel = thread.channel();
        api.call(channel.workspaceId(), "chat.postEphemeral", client -> client.chatPostEphemeral(r -> r
                .channel(channel.channelId()).user(member.userId()).threadTs(thread.threadId())
                .text(BlockKit.fallback(message)).blocks(BlockKit.blocks(message))));
    }

    @Override
    public String linkTo(ThreadRef thread, String messageId) {
        ChannelRef channel = thread.channel();
        return api.call(channel.workspaceId(), "chat.getPermalink", client -> client.chatGetPermalink(r -> r
                .channel(channel.channelId()).messageTs(messageId))).getPermalink();
    }

    @Override
    public void uploadImage(ChannelRef channel, String fileName, byte[] png, String altText) {
        upload(channel, fileName, png, altText, fileName, null);
    }

    /** The same external upload flow as a chart: a slot, the bytes to its URL, then shared to the conversation. */
    @Override
    public void uploadFile(ChannelRef channel, String fileName, byte[] content, String title) {
        upload(channel, fileName, content, null, title, null);
    }

    private void upload(ChannelRef channel, String fileName, byte[] content, String altText, String title,
                        String comment) {
        String team = channel.workspaceId();
        FilesGetUploadURLExternalResponse slot = api.call(team, "files.getUploadURLExternal",
                client -> client.filesGetUploadURLExternal(r -> r.filename(fileName).length(content.length)
                        .altTxt(altText)));
        uploads.send(slot.getUploadUrl(), fileName, content);
        api.call(team, "files.completeUploadExternal", client -> client.filesCompleteUploadExternal(r -> r
                .files(List.of(FileDetails.builder().id(slot.getFileId()).title(title).build()))
                .channelId(channel.channelId()).initialComment(comment)));
    }

    @Override
    public List<ChannelMember> listHumanMembers(ChannelRef channel) {
        String team = channel.workspaceId();
        List<ChannelMember> humans = new ArrayList<>();
        String cursor = null;
        do {
            String page = cursor;
            ConversationsMembersResponse members = api.call(team, "conversations.members",
                    client -> client.conversationsMembers(r -> r.channel(channel.channelId()).limit(PAGE).cursor(page)));
            for (String userId : members.getMembers()) {
                SlackUsers.SlackUser user = users.find(team, userId);
                if (!user.botOrDeleted()) {
                    humans.add(new ChannelMember(new MemberRef(PlatformKind.SLACK, team, userId),
                            user.displayName(), users.adminHere(team, user)));
                }
            }
            cursor = members.getResponseMetadata() == null ? null : members.getResponseMetadata().getNextCursor();
        } while (cursor != null && !cursor.isBlank());
        return humans;
    }

}
