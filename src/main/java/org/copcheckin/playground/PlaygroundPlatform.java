package org.copcheckin.playground;

import java.util.List;

import org.copcheckin.platform.Attachment;
import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.ChatPlatform;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ThreadRef;
import org.springframework.stereotype.Component;

/**
 * The playground's side of the port: what the core sends lands in the in-memory {@link Timeline}, where the
 * page shows it. Like a real platform it refuses channels it does not have.
 */
@Component
@ConditionalOnPlayground
class PlaygroundPlatform implements ChatPlatform {

    static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;

    private final Timeline timeline;

    PlaygroundPlatform(Timeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public PlatformKind kind() {
        return PlatformKind.PLAYGROUND;
    }

    @Override
    public ThreadRef postToChannel(ChannelRef channel, Message message) {
        requireKnown(channel);
        return new ThreadRef(channel, timeline.post(channel.channelId(), message).threadId());
    }

    @Override
    public void replyInThread(ThreadRef thread, Message message) {
        requireKnown(thread.channel());
        if (!timeline.reply(thread.threadId(), null, timeline.newId("m"), message)) {
            throw new PlatformException("The playground has no thread " + thread.threadId() + " (restarted since?)");
        }
    }

    @Override
    public ChannelRef openPrivateConversation(ChannelRef origin, List<MemberRef> members, Message message) {
        requireKnown(origin);
        if (members.isEmpty()) {
            throw new PlatformException("A private conversation needs at least one member");
        }
        for (MemberRef member : members) {
            requirePersona(member);
        }
        Timeline.Conversation conversation = timeline.conversation(members.stream().map(MemberRef::userId).toList());
        timeline.post(conversation.id(), message);
        return new ChannelRef(PlatformKind.PLAYGROUND, Personas.WORKSPACE, conversation.id());
    }

    /** One item in the conversation: the message with its image under it, as the platforms show it. */
    @Override
    public ChannelRef openPrivateConversation(ChannelRef origin, List<MemberRef> members, Message message,
                                              Attachment image) {
        requireKnown(origin);
        if (members.isEmpty()) {
            throw new PlatformException("A private conversation needs at least one member");
        }
        for (MemberRef member : members) {
            requirePersona(member);
        }
        if (image.png().length > MAX_IMAGE_BYTES) {
            throw new PlatformException("The playground keeps images of at most " + MAX_IMAGE_BYTES + " bytes");
        }
        Timeline.Conversation conversation = timeline.conversation(members.stream().map(MemberRef::userId).toList());
        timeline.image(conversation.id(), image.fileName(), image.png(), image.altText() == null ? "" : image.altText(),
                message);
        return new ChannelRef(PlatformKind.PLAYGROUND, Personas.WORKSPACE, conversation.id());
    }

    @Override
    public void answerPrivately(ChannelRef channel, MemberRef member, Message message) {
        requireKnown(channel);
        requirePersona(member);
        timeline.ephemeral(channel.channelId(), member.userId(), null, message);
    }

    @Override
    public String linkTo(ThreadRef thread, String messageId) {
        // the page has no addresses for threads: name the place as a member would find it
        return "the thread in #" + thread.channel().channelId();
    }

    @Override
    public void uploadImage(ChannelRef channel, String fileName, byte[] png, String altText) {
        requireKnown(channel);
        if (png.length > MAX_IMAGE_BYTES) {
            throw new PlatformException("The playground keeps images of at most " + MAX_IMAGE_BYTES + " bytes");
        }
        timeline.image(channel.channelId(), fileName, png, altText == null ? "" : altText);
    }

    @Override
    public void uploadFile(ChannelRef channel, String fileName, byte[] content, String title) {
        requireKnown(channel);
        if (content.length > MAX_IMAGE_BYTES) {
            throw new PlatformException("The playground keeps files of at most " + MAX_IMAGE_BYTES + " bytes");
        }
        timeline.file(channel.channelId(), fileName, content, title == null ? "" : title);
    }

    @Override
    public List<ChannelMember> listHumanMembers(ChannelRef channel) {
        requireKnown(channel);
        return Personas.channel(channel.channelId()).map(Personas.Channel::personas).orElse(List.of()).stream()
                .map(Persona::asChannelMember).toList();
    }

    /** One of the community channels, or a private conversation opened here. */
    private void requireKnown(ChannelRef channel) {
        boolean known = channel.platform() == PlatformKind.PLAYGROUND && Personas.WORKSPACE.equals(channel.workspaceId())
                && (Personas.isChannel(channel.channelId())
                || timeline.findConversation(channel.channelId()).isPresent());
        if (!known) {
            throw new PlatformException("The playground has no channel " + channel.channelId());
        }
    }

    private static void requirePersona(MemberRef member) {
        if (member.platform() != PlatformKind.PLAYGROUND || Personas.find(member.userId()).isEmpty()) {
            throw new PlatformException("The playground has no member " + member.userId());
        }
    }
}
