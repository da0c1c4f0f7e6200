package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.OptionalLong;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.community.Communities;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * DEBUG on everywhere, the chat libraries included: a reply, a command and a member's display and real name pass
 * through the app and none of them reaches the logs. The stand-in Slack's own server (WireMock, Jetty) is not the
 * app and stays at INFO.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slack.bot-token=xoxb-test-bot-token",
        "slack.signing-secret=" + SignedSlack.SECRET,
        "logging.level.root=DEBUG",
        "logging.level.org.copcheckin=DEBUG",
        "logging.level.com.slack=TRACE",
        "logging.level.net.dv8tion=TRACE",
        "logging.level.wiremock=INFO",
        "logging.level.com.github.tomakehurst=INFO"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = SlackHttpTest.StandInUrl.class)
@ExtendWith(OutputCaptureExtension.class)
class DebugLoggingPrivacyTest {

    @LocalServerPort
    int port;
    @Autowired
    Communities communities;
    @Autowired
    CheckIns checkIns;

    @Test
    void withDebugLoggingEverywhereNoReplyTextCommandTextOrNameIsLogged(CapturedOutput output) {
        SlackStandIn.reset();
        SlackStandIn.server().stubFor(SlackStandIn.api("users.info").withRequestBody(WireMock.containing("user=U-NAMED"))
                .atPriority(1).willReturn(WireMock.okJson("{\"ok\":true,\"user\":{\"id\":\"U-NAMED\",\"team_id\":\""
                        + SlackStandIn.TEAM + "\",\"name\":\"u-named\",\"real_name\":\"Quintessa Marlowe\",\"deleted\":false,"
                        + "\"is_admin\":false,\"is_owner\":false,\"is_bot\":false,\"profile\":{\"display_name\":"
                        + "\"Quintessa-Display\",\"real_name\":\"Quintessa Marlowe\"}}}")));
        String channel = "C" + System.nanoTime();
        SignedSlack slack = new SignedSlack(port);
        CheckIn checkIn = checkIns.post(communities.findOrCreate(new ChannelRef(PlatformKind.SLACK, SlackStandIn.TEAM,
                channel)), PromptKind.CHALLENGE, null, OptionalLong.empty());

        slack.event(SlackPayloads.callback("Ev-DEBUG", SlackStandIn.TEAM, SlackPayloads.threadReply(channel,
                checkIn.thread().threadId(), "U-NAMED", "1700000010.000001", "Rosalind said plugh-reply-phrase")));
        slack.command(SlackStandIn.TEAM, channel, "U-NAMED", "frobnicate plugh-command-text",
                SlackStandIn.responseUrl("debug"));

        // one-click participation: a reaction with a custom emoji, and a feeling button pressed under a one-word prompt
        slack.event(SlackPayloads.callback("Ev-DEBUG-R", SlackStandIn.TEAM, SlackPayloads.reaction(true, channel,
                checkIn.thread().threadId(), "U-NAMED", "plugh-emoji")));
        SlackStandIn.stub(SlackStandIn.api("chat.postMessage"), "{\"ok\":true,\"channel\":\"" + channel
                + "\",\"ts\":\"1700000000.000888\"}");
        checkIns.post(communities.findOrCreate(new ChannelRef(PlatformKind.SLACK, SlackStandIn.TEAM, channel)),
                PromptKind.WORD, null, OptionalLong.empty());
        java.util.regex.Matcher feeling = java.util.regex.Pattern.compile("\"value\":\"([^\"]+\\.tired\\.[^\"]+)\"")
                .matcher(SlackStandIn.calls("chat.postMessage").stream()
                        .map(r -> java.net.URLDecoder.decode(r.getBodyAsString(), java.nio.charset.StandardCharsets.UTF_8))
                        .reduce((a, b) -> b).orElseThrow());
        assertThat(feeling.find()).isTrue();
        slack.interaction(SlackPayloads.buttonPress(SlackStandIn.TEAM, channel, "U-NAMED", "cop.feeling",
                feeling.group(1)));
        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStandIn.calls("chat.postEphemeral").isEmpty());

        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStandIn.responses("debug").isEmpty());
        assertThat(output.getAll()).doesNotContain("plugh-emoji").doesNotContain(feeling.group(1))
                .doesNotContain(feeling.group(1).substring(feeling.group(1).lastIndexOf('.') + 1))
                .doesNotContain("one-word answer");
        assertThat(output.getAll()).contains("DEBUG")
                .doesNotContain("plugh-reply-phrase").doesNotContain("Rosalind").doesNotContain("plugh-command-text")
                .doesNotContain("Quintessa");
    }
}
