package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.copcheckin.platform.Message;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private final Timeline timeline = new Timeline(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void keepsOnlyTheNewestItemsAndForgetsTheirThreads() {
        Item.Post first = timeline.post(Personas.CHANNEL_ID, Message.text("first"));
        for (int i = 0; i < Timeline.MAX_ITEMS; i++) {
            timeline.post(Personas.CHANNEL_ID, Message.text("post " + i));
        }

        assertThat(timeline.snapshotFor(Personas.CHANNEL_ID, "ana").items()).hasSize(Timeline.MAX_ITEMS);
        assertThat(timeline.findPost(first.threadId())).isEmpty();
        assertThat(timeline.reply(first.threadId(), "ana", "m-1", Message.text("late"))).isFalse();
    }

    @Test
    void keepsTheNewestRepliesOfALongThread() {
        Item.Post post = timeline.post(Personas.CHANNEL_ID, Message.text("prompt"));
        for (int i = 0; i <= Timeline.MAX_REPLIES_PER_THREAD; i++) {
            timeline.reply(post.threadId(), "ana", "m-" + i, Message.text("reply " + i));
        }

        List<Item.Reply> replies = timeline.findPost(post.threadId()).orElseThrow().replies();
        assertThat(replies).hasSize(Timeline.MAX_REPLIES_PER_THREAD);
        assertThat(replies.get(0).messageId()).isEqualTo("m-1");
    }

    @Test
    void privateAnswersAndConversationsAreSeenOnlyByTheirMembers() {
        timeline.ephemeral(Personas.CHANNEL_ID, "ana", "/cop help", Message.text("for Ana"));
        Timeline.Conversation pair = timeline.conversation(List.of("ben", "chen"));
        timeline.post(pair.id(), Message.text("Meet each other"));

        assertThat(timeline.snapshotFor(Personas.CHANNEL_ID, "ana").items()).hasSize(1);
        assertThat(timeline.snapshotFor(Personas.CHANNEL_ID, "ben").conversations()).containsExactly(pair);
        assertThat(timeline.snapshotFor(Personas.CHANNEL_ID, "ben").items()).singleElement()
                .isInstanceOf(Item.Post.class);
        assertThat(timeline.snapshotFor(Personas.CHANNEL_ID, "dee").items()).isEmpty();
    }

    @Test
    void theSameMembersGetTheSameConversation() {
        assertThat(timeline.conversation(List.of("chen", "ben"))).isEqualTo(timeline.conversation(List.of("ben", "chen")));
        assertThat(timeline.conversation(List.of("ben"))).isNotEqualTo(timeline.conversation(List.of("ben", "chen")));
    }

    @Test
    void keepsOnlyTheNewestImages() {
        Item.Image first = timeline.image(Personas.CHANNEL_ID, "0.png", new byte[] {1}, "chart");
        for (int i = 1; i <= Timeline.MAX_IMAGES; i++) {
            timeline.image(Personas.CHANNEL_ID, i + ".png", new byte[] {1}, "chart");
        }

        assertThat(timeline.findImage(first.imageId())).isEmpty();
        assertThat(timeline.snapshotFor(Personas.CHANNEL_ID, "ana").items()).hasSize(Timeline.MAX_IMAGES);
    }

    @Test
    void idsOfThisRunDifferFromAnEarlierRunsBecauseTheDatabaseStillHasThose() {
        Timeline earlier = new Timeline(Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));

        assertThat(timeline.newId("t")).isNotEqualTo(earlier.newId("t"));
    }

    @Test
    void everyChangeMovesTheVersionSoThePageKnowsToRedraw() {
        long before = timeline.version();
        Item.Post post = timeline.post(Personas.CHANNEL_ID, Message.text("prompt"));
        timeline.reply(post.threadId(), "ana", "m-1", Message.text("Steady"));

        assertThat(timeline.version()).isEqualTo(before + 2);
    }
}
