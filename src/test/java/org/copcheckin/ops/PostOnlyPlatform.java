package org.copcheckin.ops;

import java.util.List;

import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.ChatPlatform;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ThreadRef;

/** A Slack stand-in for the operations tests, which only care how prompts are posted: everything else is a no-op. */
abstract class PostOnlyPlatform implements ChatPlatform {

    @Override
    public PlatformKind kind() {
        return PlatformKind.SLACK;
    }

    @Override
    public abstract ThreadRef postToChannel(ChannelRef channel, Message message);

    @Override
    public void replyInThread(ThreadRef thread, Message message) {
    }

    @Override
    public ChannelRef openPrivateConversation(ChannelRef origin, List<MemberRef> members, Message message) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void answerPrivately(ChannelRef channel, MemberRef member, Message message) {
    }

    @Override
    public String linkTo(ThreadRef thread, String messageId) {
        return "";
    }

    @Override
    public void uploadImage(ChannelRef channel, String fileName, byte[] png, String altText) {
    }

    @Override
    public List<ChannelMember> listHumanMembers(ChannelRef channel) {
        return List.of();
    }
}
