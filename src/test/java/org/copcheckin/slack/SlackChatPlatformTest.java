package org.copcheckin.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ThreadRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The outbound port on Slack against the stand-in: rendering, conversations, uploads, members, rate limits. */
@SlackHttpTest
class SlackChatPlatformTest {

    private static final String TEAM = SlackStandIn.TEAM;
    private final ChannelRef channel = new ChannelRef(PlatformKind.SLACK, TEAM, "C-PLATFORM");

    @Autowired
    ChatPlatforms platforms;

    @BeforeEach
    void standIn() {
        SlackStandIn.reset();
    }

    private org.copcheckin.platform.ChatPlatform slack() {
        return platforms.of(PlatformKind.SLACK);
    }

    @Test
    void theRealSlackAdapterIsTheSlackPlatform() {
        assertThat(slack()).isInstanceOf(SlackChatPlatform.class);
    }

    @Test
    void aRateLimitedCallIsWaitedOutAndRetriedNotDropped() {
        var server = SlackStandIn.server();
        server.stubFor(SlackStandIn.api("chat.postMessage").inScenario("rate").whenScenarioStateIs(STARTED)
                .atPriority(1).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"ok\":false,\"error\":\"ratelimited\"}")).willSetStateTo("after"));
        server.stubFor(SlackStandIn.api("chat.postMessage").inScenario("rate").whenScenarioStateIs("after")
                .atPriority(1).willReturn(okJson("{\"ok\":true,\"ts\":\"1700000077.000100\"}")));
        Instant start = Instant.now();

        ThreadRef posted = slack().postToChannel(channel, Message.of("Weekly check-in", "What went well?"));

        assertThat(posted.threadId()).isEqualTo("1700000077.000100");
        assertThat(SlackStandIn.calls("chat.postMessage")).hasSize(2);
        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    /** The method's first call answers 429 with {@code Retry-After: 1}; the next ones as usual. */
    private static void rateLimitedOnce(String method, String json) {
        var server = SlackStandIn.server();
        server.stubFor(SlackStandIn.api(method).inScenario("429 " + method).whenScenarioStateIs(STARTED)
                .atPriority(1).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"ok\":false,\"error\":\"ratelimited\"}")).willSetStateTo("after"));
        server.stubFor(SlackStandIn.api(method).inScenario("429 " + method).whenScenarioStateIs("after")
                .atPriority(1).willReturn(okJson(json)));
    }

    @Test
    void a429IsHonouredOnTier2UsersListAndTier4ConversationsMembers() {
        String team = "T-TIERS-" + System.nanoTime(); // a workspace whose member list is not loaded yet
        rateLimitedOnce("users.list", "{\"ok\":true,\"members\":[{\"id\":\"U-T1\",\"team_id\":\"" + team
                + "\",\"name\":\"u1\",\"profile\":{\"display_name\":\"Ana\"}}],"
                + "\"response_metadata\":{\"next_cursor\":\"\"}}");
        rateLimitedOnce("conversations.members", "{\"ok\":true,\"members\":[\"U-T1\"],"
                + "\"response_metadata\":{\"next_cursor\":\"\"}}");
        Instant start = Instant.now();

        List<ChannelMember> members = slack().listHumanMembers(new ChannelRef(PlatformKind.SLACK, team, "C-TIERS"));

        assertThat(members).extracting(ChannelMember::displayName).containsExactly("Ana");
        assertThat(SlackStandIn.calls("users.list")).hasSize(2);
        assertThat(SlackStandIn.calls("conversations.members")).hasSize(2);
        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void a429IsHonouredOnTier3ConversationsOpenAndOnTheSpecialChatPostMessage() {
        rateLimitedOnce("conversations.open", "{\"ok\":true,\"channel\":{\"id\":\"G-TIER3\"}}");
        rateLimitedOnce("chat.postMessage", "{\"ok\":true,\"ts\":\"1700000078.000100\"}");
        Instant start = Instant.now();

        ChannelRef opened = slack().openPrivateConversation(channel, List.of(channel.member("U-A"), channel.member("U-B")),
                Message.text("Meet your partner"));

        assertThat(opened.channelId()).isEqualTo("G-TIER3");
        assertThat(SlackStandIn.calls("conversations.open")).hasSize(2);
        assertThat(SlackStandIn.calls("chat.postMessage")).hasSize(2);
        // one Retry-After after the other: the call is never made again before its wait is over
        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(1_900));
    }

    @Test
    void messagesAreBlockKitWithAPlainTextFallbackAndButtons() {
        slack().replyInThread(new ThreadRef(channel, "1700000000.000100"), Message.of("Title", "*bold* and _it_",
                "• one\n• two").withButtons(new Message.Button("act-1", "Join", "v1")));

        assertThat(SlackStandIn.calls("chat.postMessage")).singleElement().satisfies(call -> {
            String body = java.net.URLDecoder.decode(call.getBodyAsString(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(body).contains("thread_ts=1700000000.000100").contains("\"type\":\"header\"")
                    .contains("\"type\":\"mrkdwn\",\"text\":\"*bold* and _it_\"").contains("\"action_id\":\"act-1\"")
                    .contains("text=Title\n\n*bold* and _it_");
        });
    }

    @Test
    void membersArePagedAndBotsAndDeactivatedAccountsLeftOut() {
        var server = SlackStandIn.server();
        server.stubFor(SlackStandIn.api("conversations.members").atPriority(2).willReturn(okJson(
                "{\"ok\":true,\"members\":[\"U-1\",\"U-BOTX\"],\"response_metadata\":{\"next_cursor\":\"page2\"}}")));
        server.stubFor(SlackStandIn.api("conversations.members").withRequestBody(containing("cursor=page2"))
                .atPriority(1).willReturn(okJson("{\"ok\":true,\"members\":[\"" + SlackStandIn.ADMIN
                        + "\",\"U-GONE\"],\"response_metadata\":{\"next_cursor\":\"\"}}")));
        userAnswer("U-1", SlackStandIn.user("U-1", "Ana", false, false, false));
        userAnswer("U-BOTX", SlackStandIn.user("U-BOTX", "Helper", false, true, false));
        userAnswer("U-GONE", SlackStandIn.user("U-GONE", "Gone", false, false, true));

        List<ChannelMember> members = slack().listHumanMembers(channel);

        assertThat(members).extracting(m -> m.ref().userId()).containsExactly("U-1", SlackStandIn.ADMIN);
        assertThat(members).extracting(ChannelMember::platformAdmin).containsExactly(false, true);
        assertThat(members.get(0).displayName()).isEqualTo("Ana");
        assertThat(SlackStandIn.calls("conversations.members")).hasSize(2);
    }

    @Test
    void aPairIsIntroducedInAGroupDirectMessage() {
        SlackStandIn.server().stubFor(SlackStandIn.api("conversations.open").willReturn(okJson(
                "{\"ok\":true,\"channel\":{\"id\":\"G-PAIR\"}}")));

        ChannelRef opened = slack().openPrivateConversation(channel,
                List.of(member("U-1"), member("U-2")), Message.text("Meet your partner"));

        assertThat(opened).isEqualTo(new ChannelRef(PlatformKind.SLACK, TEAM, "G-PAIR"));
        assertThat(SlackStandIn.calls("conversations.open")).singleElement()
                .satisfies(call -> assertThat(call.getBodyAsString()).contains("users=U-1%2CU-2"));
        assertThat(SlackStandIn.calls("chat.postMessage")).singleElement()
                .satisfies(call -> assertThat(call.getBodyAsString()).contains("channel=G-PAIR"));
    }

    @Test
    void aPrivateAnswerIsEphemeral() {
        slack().answerPrivately(channel, member("U-1"), Message.text("Only you see this"));

        assertThat(SlackStandIn.calls("chat.postEphemeral")).singleElement().satisfies(call ->
                assertThat(call.getBodyAsString()).contains("user=U-1").contains("channel=C-PLATFORM"));
    }

    @Test
    void anImageGoesThroughTheExternalUploadFlow() {
        var server = SlackStandIn.server();
        server.stubFor(SlackStandIn.api("files.getUploadURLExternal").willReturn(okJson("{\"ok\":true,"
                + "\"upload_url\":\"http://127.0.0.1:" + server.port() + "/upload/F-1\",\"file_id\":\"F-1\"}")));
        server.stubFor(post(urlPathEqualTo("/upload/F-1")).willReturn(aResponse().withStatus(200).withBody("OK - 4")));
        server.stubFor(SlackStandIn.api("files.completeUploadExternal").willReturn(okJson("{\"ok\":true,\"files\":[]}")));

        slack().uploadImage(channel, "trend.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "Themes this month");

        assertThat(SlackStandIn.calls("files.getUploadURLExternal")).singleElement().satisfies(call ->
                assertThat(call.getBodyAsString()).contains("filename=trend.png").contains("length=4"));
        assertThat(server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo("/upload/F-1")))).singleElement()
                .satisfies(upload -> assertThat(upload.getBody()).hasSize(4));
        assertThat(SlackStandIn.calls("files.completeUploadExternal")).singleElement().satisfies(call ->
                assertThat(call.getBodyAsString()).contains("F-1").contains("channel_id=C-PLATFORM"));
    }

    @Test
    void aDigestAndItsChartAreOneMessageTheFileSharedWithTheDigestAsItsComment() {
        var server = SlackStandIn.server();
        server.stubFor(SlackStandIn.api("conversations.open").willReturn(okJson(
                "{\"ok\":true,\"channel\":{\"id\":\"D-FAC\"}}")));
        server.stubFor(SlackStandIn.api("files.getUploadURLExternal").willReturn(okJson("{\"ok\":true,"
                + "\"upload_url\":\"http://127.0.0.1:" + server.port() + "/upload/F-2\",\"file_id\":\"F-2\"}")));
        server.stubFor(post(urlPathEqualTo("/upload/F-2")).willReturn(aResponse().withStatus(200).withBody("OK - 4")));
        server.stubFor(SlackStandIn.api("files.completeUploadExternal").willReturn(okJson("{\"ok\":true,\"files\":[]}")));

        ChannelRef opened = slack().openPrivateConversation(channel, List.of(member("U-1")),
                Message.of("Check-in digest", "*Themes:* housing"), new org.copcheckin.platform.Attachment("digest.png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "Bar chart of the period's themes"));

        assertThat(opened).isEqualTo(new ChannelRef(PlatformKind.SLACK, TEAM, "D-FAC"));
        assertThat(SlackStandIn.calls("chat.postMessage")).as("no separate message before the chart").isEmpty();
        assertThat(SlackStandIn.calls("files.getUploadURLExternal")).singleElement().satisfies(call ->
                assertThat(call.getBodyAsString()).contains("alt_txt=Bar+chart"));
        assertThat(SlackStandIn.calls("files.completeUploadExternal")).singleElement().satisfies(call ->
                assertThat(call.getBodyAsString()).contains("channel_id=D-FAC").contains("initial_comment=")
                        .contains("Check-in+digest"));
    }

    private static MemberRef member(String id) {
        return new MemberRef(PlatformKind.SLACK, TEAM, id);
    }

    private static void userAnswer(String id, String json) {
        SlackStandIn.server().stubFor(SlackStandIn.api("users.info").withRequestBody(containing("user=" + id))
                .atPriority(1).willReturn(okJson(json)));
    }
}
