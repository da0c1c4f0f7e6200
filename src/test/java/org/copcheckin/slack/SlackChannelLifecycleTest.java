package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.community.ChannelPauses;
import org.copcheckin.community.Community;
import org.copcheckin.platform.ChannelChanged;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A community follows its channel: removed, archived, deleted, back again, renumbered, shared with another
 * organisation (Slack Connect); and replies that bots broadcast or share as files in a thread are not counted.
 */
@SlackHttpTest
class SlackChannelLifecycleTest extends SlackHttpChannel {

    private static final String OTHER_ORG = "T-SHELTER-NETWORK";

    @Autowired
    ChannelPauses pauses;

    @Test
    void theAppRemovedFromTheChannelPausesTheCommunityStatusSaysWhyAndInvitingItBackResumes() {
        Community community = community();

        assertThat(event("channel_left", "{\"type\":\"channel_left\",\"channel\":\"" + channel
                + "\",\"actor_id\":\"U-ADMIN\",\"event_ts\":\"1700000800.000100\"}").statusCode()).isEqualTo(200);
        assertThat(pauses.of(community)).hasValueSatisfying(pause ->
                assertThat(pause.why()).isEqualTo(ChannelChanged.Why.REMOVED));
        slack.command(TEAM, channel, "U-CONFIGURED", "status", SlackStandIn.responseUrl("paused"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(SlackStandIn.responses("paused"))
                .singleElement().satisfies(answer -> assertThat(answer.getBodyAsString())
                        .contains("Paused").contains("the app was removed from the channel")));

        // someone else joining is not the app coming back
        event("member_joined_channel", memberJoined("U-NEWCOMER"));
        assertThat(pauses.of(community)).isPresent();
        event("member_joined_channel", memberJoined(SlackStandIn.BOT_USER));
        assertThat(pauses.of(community)).isEmpty();
    }

    @Test
    void anArchivedChannelPausesUntilItIsUnarchivedAndADeletedOneStaysPaused() {
        Community community = community();

        event("channel_archive", "{\"type\":\"channel_archive\",\"channel\":\"" + channel + "\",\"user\":\"U-ADMIN\"}");
        assertThat(pauses.of(community)).hasValueSatisfying(pause ->
                assertThat(pause.why()).isEqualTo(ChannelChanged.Why.ARCHIVED));
        event("channel_unarchive", "{\"type\":\"channel_unarchive\",\"channel\":\"" + channel + "\",\"user\":\"U-ADMIN\"}");
        assertThat(pauses.of(community)).isEmpty();

        event("group_deleted", "{\"type\":\"group_deleted\",\"channel\":\"" + channel + "\",\"actor_id\":\"U-ADMIN\"}");
        event("group_unarchive", "{\"type\":\"group_unarchive\",\"channel\":\"" + channel + "\",\"actor_id\":\"U-ADMIN\"}");
        assertThat(pauses.of(community)).hasValueSatisfying(pause ->
                assertThat(pause.why()).isEqualTo(ChannelChanged.Why.DELETED));
    }

    @Test
    void aChannelGivenANewIdKeepsItsCommunityAndItsCheckIns() {
        Community community = community();
        CheckIn checkIn = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        String moved = channel + "-MOVED";

        event("channel_id_changed", "{\"type\":\"channel_id_changed\",\"old_channel_id\":\"" + channel
                + "\",\"new_channel_id\":\"" + moved + "\",\"event_ts\":\"1700000900.000100\"}");

        assertThat(communities.find(new ChannelRef(PlatformKind.SLACK, TEAM, moved)))
                .hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(community.id()));
        slack.event(SlackPayloads.callback("Ev-MOVED-REPLY", TEAM, SlackPayloads.threadReply(moved,
                checkIn.thread().threadId(), "U-1", "1700000901.000001", "Hopeful")));
        assertThat(receipts(checkIn)).isEqualTo(1);
    }

    @Test
    void aReplyInASharedChannelCountsOnceWhicheverOrganisationsWorkspaceDeliversIt() {
        CheckIn checkIn = checkIns.post(community(), PromptKind.WORD, null, OptionalLong.empty());
        String reply = SlackPayloads.threadReply(channel, checkIn.thread().threadId(), "U-PARTNER",
                "1700000950.000001", "Grateful");

        HttpResponse<String> underTheirs = slack.event(SlackPayloads.callback("Ev-CONNECT-THEIRS", OTHER_ORG, reply));
        HttpResponse<String> underOurs = slack.event(SlackPayloads.callback("Ev-CONNECT-OURS", TEAM, reply));

        assertThat(underTheirs.statusCode()).isEqualTo(200);
        assertThat(underOurs.statusCode()).isEqualTo(200);
        assertThat(receipts(checkIn)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM community WHERE channel_id = ?").param(channel)
                .query(Integer.class).single()).as("no second community for the other organisation").isEqualTo(1);

        // a deleted reply is retracted under either workspace too
        slack.event(SlackPayloads.callback("Ev-CONNECT-DELETE", OTHER_ORG,
                SlackPayloads.deletion(channel, "1700000950.000001")));
        assertThat(receipts(checkIn)).isZero();
    }

    @Test
    void aBotsBroadcastOrFileShareInAThreadIsNotCountedButAPersonsIs() {
        CheckIn checkIn = checkIns.post(community(), PromptKind.WORD, null, OptionalLong.empty());
        String thread = checkIn.thread().threadId();
        event("user_change", "{\"type\":\"user_change\",\"user\":{\"id\":\"U-HELPERBOT\",\"team_id\":\"" + TEAM
                + "\",\"name\":\"helperbot\",\"deleted\":false,\"is_bot\":true,\"profile\":{\"display_name\":\"Helper\"}}}");

        slack.event(SlackPayloads.callback("Ev-BROADCAST-OURS", TEAM, broadcast(thread, SlackStandIn.BOT_USER, "1700000960.000001")));
        slack.event(SlackPayloads.callback("Ev-BROADCAST-BOT", TEAM, broadcast(thread, "U-HELPERBOT", "1700000961.000001")));
        slack.event(SlackPayloads.callback("Ev-FILE-BOT", TEAM, fileShare(thread, "U-HELPERBOT", "1700000962.000001", false)));
        slack.event(SlackPayloads.callback("Ev-FILE-AS-BOT", TEAM, fileShare(thread, "U-2", "1700000963.000001", true)));
        assertThat(receipts(checkIn)).isZero();

        slack.event(SlackPayloads.callback("Ev-BROADCAST-PERSON", TEAM, broadcast(thread, "U-3", "1700000964.000001")));
        slack.event(SlackPayloads.callback("Ev-FILE-PERSON", TEAM, fileShare(thread, "U-4", "1700000965.000001", false)));
        assertThat(receipts(checkIn)).isEqualTo(2);
    }

    private HttpResponse<String> event(String type, String json) {
        return slack.event(SlackPayloads.callback("Ev-" + type + "-" + System.nanoTime(), TEAM, json));
    }

    private String memberJoined(String user) {
        return "{\"type\":\"member_joined_channel\",\"user\":\"" + user + "\",\"channel\":\"" + channel
                + "\",\"channel_type\":\"C\",\"team\":\"" + TEAM + "\",\"event_ts\":\"1700000810.000100\"}";
    }

    private String broadcast(String thread, String user, String ts) {
        return "{\"type\":\"message\",\"subtype\":\"thread_broadcast\",\"channel\":\"" + channel + "\",\"user\":\""
                + user + "\",\"text\":\"Hopeful\",\"ts\":\"" + ts + "\",\"thread_ts\":\"" + thread + "\",\"root\":{"
                + "\"ts\":\"" + thread + "\",\"text\":\"prompt\"},\"event_ts\":\"" + ts + "\"}";
    }

    private String fileShare(String thread, String user, String ts, boolean displayAsBot) {
        return "{\"type\":\"message\",\"subtype\":\"file_share\",\"channel\":\"" + channel + "\",\"user\":\"" + user
                + "\",\"text\":\"Tired\",\"ts\":\"" + ts + "\",\"thread_ts\":\"" + thread + "\",\"display_as_bot\":"
                + displayAsBot + ",\"upload\":true,\"files\":[],\"event_ts\":\"" + ts + "\"}";
    }

    private int receipts(CheckIn checkIn) {
        return jdbc.sql("SELECT COUNT(*) FROM reply_receipt WHERE checkin_id = ?").param(checkIn.id())
                .query(Integer.class).single();
    }
}
