package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A facilitator's bare {@code /cop prompt custom} opens a modal through {@code views.open}; its signed
 * {@code view_submission} posts the prompt in the channel the command came from, and bad input keeps the modal
 * open with the reason.
 */
@SlackHttpTest
class SlackCustomPromptModalTest {

    private static final String TEAM = SlackStandIn.TEAM;
    private static final String FACILITATOR = "U-CONFIGURED";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private SignedSlack slack;
    private final String channel = "C" + System.nanoTime();

    @BeforeEach
    void standIn() {
        SlackStandIn.reset();
        SlackStandIn.stub(SlackStandIn.api("views.open"), "{\"ok\":true,\"view\":{\"id\":\"V-1\"}}");
        slack = new SignedSlack(port);
    }

    @Test
    void aFacilitatorsBarePromptCustomOpensTheModalForThisChannelAndAnswersNothingElse() {
        HttpResponse<String> ack = slack.command(TEAM, channel, FACILITATOR, "prompt custom",
                SlackStandIn.responseUrl("modal"));

        assertThat(ack.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStandIn.calls("views.open").isEmpty());
        assertThat(SlackStandIn.calls("views.open")).singleElement().satisfies(open -> {
            assertThat(open.getHeader("Authorization")).isEqualTo("Bearer xoxb-test-bot-token");
            String body = decoded(open);
            assertThat(body).contains("trigger_id=123.456.abc").contains("\"callback_id\":\"cop_prompt_custom\"")
                    .contains("\"private_metadata\":\"" + TEAM + "|" + channel + "\"").contains("\"multiline\":true")
                    .contains("\"max_length\":1500");
        });
        assertThat(SlackStandIn.responses("modal")).isEmpty();
        assertThat(SlackStandIn.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void submittingTheModalPostsTheMultiLinePromptAndTellsTheFacilitatorPrivately() {
        HttpResponse<String> ack = slack.interaction(submission(FACILITATOR, channel,
                "Think of one family you helped this month.\\nWhat made the difference?"));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).doesNotContain("errors");
        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStandIn.calls("chat.postEphemeral").isEmpty());
        assertThat(SlackStandIn.calls("chat.postMessage")).singleElement().satisfies(post -> assertThat(decoded(post))
                .contains("channel=" + channel)
                .contains("Think of one family you helped this month.\nWhat made the difference?"));
        assertThat(decoded(SlackStandIn.calls("chat.postEphemeral").get(0))).contains("user=" + FACILITATOR)
                .contains("Posted");
        assertThat(checkInsIn(channel)).isEqualTo(1);
    }

    @Test
    void markupTypedInTheModalIsPostedAsTextNeverAsAPingOrAHiddenLink() {
        slack.interaction(submission(FACILITATOR, channel, "<!channel> read <https://evil.example|the handbook> & reply"));

        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStandIn.calls("chat.postMessage").isEmpty());
        assertThat(decoded(SlackStandIn.calls("chat.postMessage").get(0)))
                .contains("&lt;!channel&gt; read &lt;https://evil.example|the handbook&gt; &amp; reply")
                .doesNotContain("<!channel>").doesNotContain("<https://evil.example");
    }

    @Test
    void aSubmissionThatLostItsChannelKeepsTheModalOpenAndPostsNothing() {
        HttpResponse<String> ack = slack.interaction(submission(FACILITATOR, channel, "What went well?")
                .replace(TEAM + "|" + channel, "garbled"));

        assertThat(ack.body()).contains("\"response_action\":\"errors\"").contains("lost its channel");
        assertThat(SlackStandIn.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void aBlankPromptKeepsTheModalOpenWithTheReasonAndPostsNothing() {
        HttpResponse<String> ack = slack.interaction(submission(FACILITATOR, channel, "   "));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("\"response_action\":\"errors\"").contains("\"prompt\":\"Write the prompt");
        assertThat(SlackStandIn.calls("chat.postMessage")).isEmpty();
        assertThat(checkInsIn(channel)).isZero();
    }

    @Test
    void aPromptOverTheLimitKeepsTheModalOpenWithTheLimit() {
        HttpResponse<String> ack = slack.interaction(submission(FACILITATOR, channel, "x".repeat(1501)));

        assertThat(ack.body()).contains("\"response_action\":\"errors\"").contains("at most 1500 characters");
        assertThat(checkInsIn(channel)).isZero();
    }

    @Test
    void aMemberWhoIsNotAFacilitatorGetsNoModalButThePrivateAnswer() {
        slack.command(TEAM, channel, "U-MEMBER", "prompt custom", SlackStandIn.responseUrl("member"));

        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStandIn.responses("member").isEmpty());
        assertThat(SlackStandIn.responses("member").get(0).getBodyAsString()).contains("ephemeral")
                .contains("only this channel");
        assertThat(SlackStandIn.calls("views.open")).isEmpty();
    }

    @Test
    void aSubmissionFromSomeoneWhoIsNoLongerAFacilitatorIsRefusedAndPostsNothing() {
        slack.interaction(submission("U-MEMBER", channel, "What went well?"));

        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStandIn.calls("chat.postEphemeral").isEmpty());
        assertThat(decoded(SlackStandIn.calls("chat.postEphemeral").get(0))).contains("facilitators can do that");
        assertThat(SlackStandIn.calls("chat.postMessage")).isEmpty();
        assertThat(checkInsIn(channel)).isZero();
    }

    @Test
    void whenSlackWillNotOpenTheModalTheFacilitatorGetsTheUsageInstead() {
        SlackStandIn.server().stubFor(SlackStandIn.api("views.open").atPriority(1).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"ok\":false,\"error\":\"expired_trigger_id\"}")));

        slack.command(TEAM, channel, FACILITATOR, "prompt custom", SlackStandIn.responseUrl("expired"));

        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStandIn.responses("expired").isEmpty());
        assertThat(SlackStandIn.responses("expired").get(0).getBodyAsString()).contains("needs its text")
                .contains("prompt custom");
        assertThat(SlackStandIn.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void aForgedSubmissionIsRefusedAndPostsNothing() {
        HttpResponse<String> forged = new SignedSlack(port, "not-the-secret").interaction(
                submission(FACILITATOR, channel, "What went well?"));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(SlackStandIn.calls("chat.postMessage")).isEmpty();
        assertThat(checkInsIn(channel)).isZero();
    }

    /** A view_submission as Slack sends it; {@code jsonText} is already escaped for JSON. */
    private static String submission(String user, String channelId, String jsonText) {
        return SlackPayloads.viewSubmission(TEAM, user, CustomPromptModal.CALLBACK_ID, TEAM + "|" + channelId,
                CustomPromptModal.BLOCK_ID, jsonText);
    }

    private static String decoded(LoggedRequest request) {
        return URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8);
    }

    private int checkInsIn(String channelId) {
        return jdbc.sql("SELECT COUNT(*) FROM checkin c JOIN community m ON m.id = c.community_id WHERE m.channel_id = ?")
                .param(channelId).query(Integer.class).single();
    }
}
