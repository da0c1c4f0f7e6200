package org.copcheckin.platform;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The port through which the core talks to a chat platform. Each adapter (Slack, Discord, playground)
 * implements it and renders the neutral {@link Message}. Implementations throw {@link PlatformException}
 * when the platform refuses or cannot be reached.
 */
public interface ChatPlatform {

    PlatformKind kind();

    /** Posts to a channel; the returned reference roots the message's thread. */
    ThreadRef postToChannel(ChannelRef channel, Message message);

    void replyInThread(ThreadRef thread, Message message);

    /**
     * Opens a private conversation among the given members (one member: a direct message; two or three: a
     * group DM on Slack, a private thread on Discord) and posts the message there.
     *
     * @param origin the community channel the conversation belongs to
     * @return the conversation, which can be posted to like a channel
     */
    ChannelRef openPrivateConversation(ChannelRef origin, List<MemberRef> members, Message message);

    /**
     * Opens a private conversation and posts the message there with the image attached: one message where the
     * platform allows it (Slack: the file shared with the message as its comment; Discord: the message's
     * attachment). By default the message, then the image in the same conversation.
     */
    default ChannelRef openPrivateConversation(ChannelRef origin, List<MemberRef> members, Message message,
                                               Attachment image) {
        ChannelRef conversation = openPrivateConversation(origin, members, message);
        uploadImage(conversation, image.fileName(), image.png(), image.altText());
        return conversation;
    }

    /** An answer only this member sees (ephemeral where the platform has it). */
    void answerPrivately(ChannelRef channel, MemberRef member, Message message);

    /**
     * An answer only this member sees, in a thread: an ephemeral message in the thread on Slack; where the platform
     * has no such thing, the same as {@link #answerPrivately} in the thread's channel.
     */
    default void answerPrivatelyInThread(ThreadRef thread, MemberRef member, Message message) {
        answerPrivately(thread.channel(), member, message);
    }

    /** A link that opens this message of the thread for someone who can see the channel. */
    String linkTo(ThreadRef thread, String messageId);

    void uploadImage(ChannelRef channel, String fileName, byte[] png, String altText);

    /**
     * Uploads a file (an export's CSV) to a channel or private conversation, with a short title. A platform that
     * cannot take files says so with a {@link PlatformException}, and the caller falls back to text.
     */
    default void uploadFile(ChannelRef channel, String fileName, byte[] content, String title) {
        throw new PlatformException(kind() + " cannot take files here");
    }

    /** The channel's human members: no bots, no deactivated accounts. */
    List<ChannelMember> listHumanMembers(ChannelRef channel);

    /**
     * The member's own time zone as the platform knows it (Slack's {@code tz} from the member list it already
     * holds), for reminders' quiet hours; empty where the platform has none (Discord, the playground). Never asks the
     * platform just for this.
     */
    default Optional<ZoneId> memberZone(MemberRef member) {
        return Optional.empty();
    }
}
