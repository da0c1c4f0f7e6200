package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;

import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ThreadRef;
import org.junit.jupiter.api.Test;

class PlaygroundPlatformTest {

    private final Timeline timeline = new Timeline(Clock.systemUTC());
    private final PlaygroundPlatform platform = new PlaygroundPlatform(timeline);

    @Test
    void reportsTheFacilitatorAsPlatformAdminAndEveryoneElseAsMembers() {
        List<ChannelMember> members = platform.listHumanMembers(Personas.CHANNEL);

        assertThat(members).extracting(ChannelMember::displayName).containsExactly("Fran", "Ana", "Ben", "Chen", "Dee", "Eli");
        assertThat(members).filteredOn(ChannelMember::platformAdmin).extracting(ChannelMember::displayName)
                .containsExactly("Fran");
        assertThat(platform.kind()).isEqualTo(PlatformKind.PLAYGROUND);
    }

    @Test
    void postThenReplyInItsThread() {
        ThreadRef thread = platform.postToChannel(Personas.CHANNEL, Message.of("Check-in", "How is it going?"));
        platform.replyInThread(thread, Message.text("Thanks, everyone"));

        Item.Post post = timeline.findPost(thread.threadId()).orElseThrow();
        assertThat(post.replies()).singleElement().satisfies(reply -> assertThat(reply.authorId()).isNull());
    }

    @Test
    void privateConversationCanBePostedToLikeAChannel() {
        ChannelRef pair = platform.openPrivateConversation(Personas.CHANNEL,
                List.of(member("ana"), member("ben")), Message.text("Meet <@ben>"));
        platform.postToChannel(pair, Message.text("A reminder"));

        assertThat(timeline.snapshotFor(Personas.CHANNEL_ID, "ana").items()).hasSize(2);
        assertThat(timeline.snapshotFor(Personas.CHANNEL_ID, "chen").items()).isEmpty();
    }

    @Test
    void refusesChannelsAndMembersItDoesNotHave() {
        ChannelRef elsewhere = new ChannelRef(PlatformKind.PLAYGROUND, Personas.WORKSPACE, "other");
        assertThatThrownBy(() -> platform.postToChannel(elsewhere, Message.text("hi"))).isInstanceOf(PlatformException.class);
        assertThatThrownBy(() -> platform.answerPrivately(Personas.CHANNEL, member("mallory"), Message.text("hi")))
                .isInstanceOf(PlatformException.class);
        assertThatThrownBy(() -> platform.replyInThread(new ThreadRef(Personas.CHANNEL, "t-gone"), Message.text("hi")))
                .isInstanceOf(PlatformException.class);
    }

    private static MemberRef member(String id) {
        return new MemberRef(PlatformKind.PLAYGROUND, Personas.WORKSPACE, id);
    }
}
