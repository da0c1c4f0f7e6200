package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberLeft;
import org.copcheckin.platform.PlatformKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.copcheckin.support.DatabaseScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Slack HTTP mode end to end: signed requests in, the stand-in Web API and response URLs out. */
@SlackHttpTest
class SlackHttpModeTest extends SlackHttpChannel {

    @Autowired
    SlackHttpTest.SeenEvents seen;

    @Test
    void aSlashCommandIsAcknowledgedAtOnceAndAnsweredPrivatelyThroughItsResponseUrl() {
        Instant sent = Instant.now();
        HttpResponse<String> ack = slack.command(TEAM, channel, "U-MEMBER", "help", SlackStandIn.responseUrl("help"));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).isEmpty();
        assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(3));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SlackStandIn.responses("help")).singleElement().satisfies(answer -> {
                    assertThat(answer.getBodyAsString()).contains("\"response_type\":\"ephemeral\"")
                            .contains("You are a *member*");
                }));
    }

    @Test
    void theAckDoesNotWaitForSlowWorkSuchAsTheCallersRoleLookup() {
        SlackStandIn.server().stubFor(SlackStandIn.api("users.info").withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("user=U-SLOW")).atPriority(1)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        SlackStandIn.user("U-SLOW", "Slow", false, false, false)).withFixedDelay(4000)));
        Instant sent = Instant.now();

        HttpResponse<String> ack = slack.command(TEAM, channel, "U-SLOW", "help", SlackStandIn.responseUrl("slow"));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(3));
        assertThat(SlackStandIn.responses("slow")).isEmpty();
        await().atMost(Duration.ofSeconds(15)).until(() -> !SlackStandIn.responses("slow").isEmpty());
    }

    @Test
    void aFacilitatorsPromptIsPostedToTheChannelInBlockKitWithAFallback() {
        slack.command(TEAM, channel, "U-CONFIGURED", "prompt challenge", SlackStandIn.responseUrl("prompt"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SlackStandIn.responses("prompt")).singleElement().satisfies(answer ->
                        assertThat(answer.getBodyAsString()).contains("Posted the challenge prompt")));
        assertThat(SlackStandIn.calls("chat.postMessage")).singleElement().satisfies(post -> {
            assertThat(post.getHeader("Authorization")).isEqualTo("Bearer xoxb-test-bot-token");
            assertThat(post.getBodyAsString()).contains("channel=" + channel).contains("blocks=").contains("text=");
        });
        assertThat(checkInsIn(channel)).isEqualTo(1);
    }

    @Test
    void aCustomPromptFromTheSlashCommandCannotPingTheWholeChannel() {
        slack.command(TEAM, channel, "U-CONFIGURED", "prompt custom Hello <!channel> and <!here> team",
                SlackStandIn.responseUrl("custom"));

        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStandIn.responses("custom").isEmpty());
        assertThat(SlackStandIn.calls("chat.postMessage")).singleElement().satisfies(post -> assertThat(
                java.net.URLDecoder.decode(post.getBodyAsString(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("&lt;!channel&gt;").contains("&lt;!here&gt;").doesNotContain("<!channel>").doesNotContain("<!here>"));
    }

    @Test
    void aMemberWhoIsNotAFacilitatorIsRefusedPrivatelyAndNothingIsPosted() {
        slack.command(TEAM, channel, "U-MEMBER", "prompt challenge", SlackStandIn.responseUrl("refused"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SlackStandIn.responses("refused")).singleElement().satisfies(answer ->
                        assertThat(answer.getBodyAsString()).contains("facilitators can do that")
                                .contains("ephemeral")));
        assertThat(SlackStandIn.calls("chat.postMessage")).isEmpty();
        assertThat(checkInsIn(channel)).isZero();
    }

    @Test
    void aWorkspaceAdminCountsAsAFacilitator() {
        slack.command(TEAM, channel, SlackStandIn.ADMIN, "prompt word", SlackStandIn.responseUrl("admin"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SlackStandIn.responses("admin")).singleElement().satisfies(answer ->
                        assertThat(answer.getBodyAsString()).contains("Posted the word prompt")));
        assertThat(checkInsIn(channel)).isEqualTo(1);
    }

    @Test
    void anAdminOfAnotherOrganisationInASlackConnectChannelIsNotAFacilitatorHere() {
        // Slack Connect: the command comes through this workspace's channel, users.info says the caller is an
        // admin, of their own team
        SlackStandIn.server().stubFor(SlackStandIn.api("users.info").withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("user=U-EXTERNAL-ADMIN")).atPriority(1)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(SlackStandIn.user(
                        "U-EXTERNAL-ADMIN", "T-PARTNER-ORG", "Partner Admin", true, false, false))));

        slack.command(TEAM, channel, "U-EXTERNAL-ADMIN", "prompt word", SlackStandIn.responseUrl("external"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SlackStandIn.responses("external")).singleElement().satisfies(answer ->
                        assertThat(answer.getBodyAsString()).contains("facilitators can do that")));
        assertThat(SlackStandIn.calls("chat.postMessage")).isEmpty();
        assertThat(checkInsIn(channel)).isZero();
    }

    @Test
    void anUnknownSubcommandGetsTheUsagePrivately() {
        slack.command(TEAM, channel, "U-MEMBER", "frobnicate now", SlackStandIn.responseUrl("unknown"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SlackStandIn.responses("unknown")).singleElement().satisfies(answer ->
                        assertThat(answer.getBodyAsString()).contains("/cop help").contains("ephemeral")));
    }

    @Test
    void aForgedRequestIsRefusedAndChangesNothing() {
        SignedSlack forger = new SignedSlack(port, "not-the-signing-secret");
        HttpResponse<String> forged = forger.command(TEAM, channel, "U-CONFIGURED", "prompt challenge",
                SlackStandIn.responseUrl("forged"));
        HttpResponse<String> unsigned = slack.send("token=x&command=%2Fcop&text=help", "application/x-www-form-urlencoded",
                Instant.now(), Map.of("X-Slack-Signature", "v0=00"));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(checkInsIn(channel)).isZero();
        assertThat(SlackStandIn.calls("chat.postMessage")).isEmpty();
        assertThat(SlackStandIn.responses("forged")).isEmpty();
    }

    @Test
    void aStaleRequestIsRefusedEvenWithAGoodSignature() {
        CheckIn checkIn = postCheckIn();
        String body = SlackPayloads.callback("Ev-STALE", TEAM,
                SlackPayloads.threadReply(channel, checkIn.thread().threadId(), "U-1", "1700000001.000001", "a reply"));

        HttpResponse<String> stale = slack.send(body, "application/json", Instant.now().minus(Duration.ofMinutes(6)), Map.of());

        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(replyCount(checkIn)).isZero();
    }

    @Test
    void aThreadReplyIsCountedOnceAndItsRetryIsAcknowledgedButNotCountedAgain() {
        CheckIn checkIn = postCheckIn();
        String reply = SlackPayloads.callback("Ev-REPLY-1", TEAM, SlackPayloads.threadReply(channel,
                checkIn.thread().threadId(), "U-1", "1700000001.000001", "We tried peer observation this week"));

        HttpResponse<String> first = slack.event(reply);
        HttpResponse<String> retry = slack.event(reply, Map.of("X-Slack-Retry-Num", "1",
                "X-Slack-Retry-Reason", "http_timeout"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(replyCount(checkIn)).isEqualTo(1);
    }

    @Test
    void theSameReplyDeliveredAgainAsAFirstDeliveryIsRecognisedAtItsCommitAndCountedOnce() {
        CheckIn checkIn = postCheckIn();
        String message = SlackPayloads.threadReply(channel, checkIn.thread().threadId(), "U-1", "1700000001.000002",
                "Hopeful");
        // as a shared channel's two installations deliver it: two events, neither marked as a retry
        HttpResponse<String> first = slack.event(SlackPayloads.callback("Ev-ORG-A", TEAM, message));
        HttpResponse<String> again = slack.event(SlackPayloads.callback("Ev-ORG-B", TEAM, message));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(replyCount(checkIn)).isEqualTo(1);
    }

    @Test
    void botsEditsDeletionsAndMessagesOutsideAThreadAreAcknowledgedAndNotCounted() {
        CheckIn checkIn = postCheckIn();
        String thread = checkIn.thread().threadId();

        List<HttpResponse<String>> acks = List.of(
                slack.event(SlackPayloads.callback("Ev-BOT", TEAM,
                        SlackPayloads.botReply(channel, thread, "1700000002.000001", "beep"))),
                slack.event(SlackPayloads.callback("Ev-EDIT", TEAM,
                        SlackPayloads.edit(channel, thread, "U-1", "1700000003.000001", "edited"))),
                slack.event(SlackPayloads.callback("Ev-DELETE", TEAM,
                        SlackPayloads.deletion(channel, "1700000003.000001"))),
                slack.event(SlackPayloads.callback("Ev-TOP", TEAM, "{\"type\":\"message\",\"channel\":\"" + channel
                        + "\",\"user\":\"U-1\",\"text\":\"hello all\",\"ts\":\"1700000004.000001\"}")),
                slack.event(SlackPayloads.callback("Ev-JOIN", TEAM, "{\"type\":\"message\",\"subtype\":\"channel_join\","
                        + "\"channel\":\"" + channel + "\",\"user\":\"U-2\",\"text\":\"joined\",\"ts\":\"1700000005.000001\"}")));

        assertThat(acks).allSatisfy(ack -> assertThat(ack.statusCode()).isEqualTo(200));
        assertThat(replyCount(checkIn)).isZero();
    }

    @Test
    void aDeletedReplyIsRetractedWithItsTrendRows() {
        CheckIn checkIn = postCheckIn();
        slack.event(SlackPayloads.callback("Ev-KEEP", TEAM, SlackPayloads.threadReply(channel,
                checkIn.thread().threadId(), "U-1", "1700000020.000001", "The landlord raised the rent")));
        slack.event(SlackPayloads.callback("Ev-GONE", TEAM, SlackPayloads.threadReply(channel,
                checkIn.thread().threadId(), "U-2", "1700000021.000001", "Eviction notices and the bus pass")));
        assertThat(replyCount(checkIn)).isEqualTo(2);
        int rows = jdbc.sql("SELECT COUNT(*) FROM trend_mention").query(Integer.class).single();

        HttpResponse<String> ack = slack.event(SlackPayloads.callback("Ev-DELETED", TEAM,
                SlackPayloads.deletion(channel, "1700000021.000001")));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(replyCount(checkIn)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trend_mention").query(Integer.class).single()).isLessThan(rows);
        assertThat(DatabaseScan.find(jdbc, List.of("evict"))).as("the deleted reply's terms").isEmpty();
        assertThat(DatabaseScan.find(jdbc, List.of("landlord"))).as("the other reply's terms stay").isNotEmpty();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void replyTextAndCommandTextReachNeitherTheLogsNorTheDatabase(CapturedOutput output) {
        CheckIn checkIn = postCheckIn();
        slack.event(SlackPayloads.callback("Ev-PRIVATE", TEAM, SlackPayloads.threadReply(channel,
                checkIn.thread().threadId(), "U-1", "1700000010.000001", "Rosalind said xyzzy-reply-phrase")));
        slack.command(TEAM, channel, "U-MEMBER", "frobnicate xyzzy-command-text", SlackStandIn.responseUrl("private"));

        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStandIn.responses("private").isEmpty());
        assertThat(replyCount(checkIn)).isEqualTo(1);
        assertThat(output.getAll()).doesNotContain("xyzzy-reply-phrase").doesNotContain("Rosalind")
                .doesNotContain("xyzzy-command-text");
        assertThat(DatabaseScan.find(jdbc, List.of("xyzzy-reply-phrase", "Rosalind", "xyzzy-command-text"))).isEmpty();
    }

    @Test
    void aReplyInAThreadThatIsNotACheckInIsIgnored() {
        HttpResponse<String> ack = slack.event(SlackPayloads.callback("Ev-ELSEWHERE", TEAM,
                SlackPayloads.threadReply(channel, "1600000000.000001", "U-1", "1700000001.000009", "hi")));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reply_receipt").query(Integer.class).single()).isNotNegative();
    }

    @Test
    void aPressedButtonIsPublishedForTheCore() {
        HttpResponse<String> ack = slack.interaction(SlackPayloads.buttonPress(TEAM, channel, "U-1", "pairing-accept", "42"));

        assertThat(ack.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(seen.buttons).contains(new ButtonPressed(
                new ChannelRef(PlatformKind.SLACK, TEAM, channel), new org.copcheckin.platform.MemberRef(
                        PlatformKind.SLACK, TEAM, "U-1"), "pairing-accept", "42")));
    }

    @Test
    void aMemberLeavingTheChannelIsPublishedBeforeTheAck() {
        HttpResponse<String> ack = slack.event(SlackPayloads.callback("Ev-LEFT", TEAM,
                SlackPayloads.memberLeft(channel, "U-LEAVER", TEAM)));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(seen.left).contains(new MemberLeft(new ChannelRef(PlatformKind.SLACK, TEAM, channel),
                new org.copcheckin.platform.MemberRef(PlatformKind.SLACK, TEAM, "U-LEAVER")));
    }

    @Test
    void slacksUrlVerificationChallengeIsAnswered() {
        HttpResponse<String> ack = slack.event("{\"token\":\"x\",\"challenge\":\"the-challenge\",\"type\":\"url_verification\"}");

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).isEqualTo("the-challenge");
    }

    private int replyCount(CheckIn checkIn) {
        return jdbc.sql("SELECT COUNT(*) FROM reply_receipt WHERE checkin_id = ?").param(checkIn.id()).query(Integer.class).single();
    }

    private int checkInsIn(String channelId) {
        return jdbc.sql("SELECT COUNT(*) FROM checkin c JOIN community m ON m.id = c.community_id WHERE m.channel_id = ?")
                .param(channelId).query(Integer.class).single();
    }
}
