package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Members;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code forget-me} over signed Slack requests: the answer is Block Kit with a red confirm button, and only the
 * caller's signed {@code block_actions} press erases anything; every other press is answered with the reason.
 */
@SlackHttpTest
class SlackConfirmationTest {

    private static final String TEAM = SlackStandIn.TEAM;
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Pattern TOKEN = Pattern.compile("\"action_id\":\"cop\\.confirm\",\"value\":\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    Communities communities;
    @Autowired
    Members members;

    private SignedSlack slack;
    private final String channel = "C" + System.nanoTime();
    private final String member = "U-FORGET-" + System.nanoTime();

    @BeforeEach
    void standIn() {
        SlackStandIn.reset();
        slack = new SignedSlack(port);
    }

    @Test
    void forgetMeAsksWithAButtonAndOnlyTheCallersSignedPressErases() {
        slack.command(TEAM, channel, member, "profile org Northside Schools", SlackStandIn.responseUrl("org"));
        await().atMost(WAIT).until(() -> !SlackStandIn.responses("org").isEmpty());

        slack.command(TEAM, channel, member, "forget-me", SlackStandIn.responseUrl("forget"));
        await().atMost(WAIT).until(() -> !SlackStandIn.responses("forget").isEmpty());
        String question = SlackStandIn.responses("forget").get(0).getBodyAsString();
        assertThat(question).contains("\"response_type\":\"ephemeral\"").contains("Erase everything about you?")
                .contains("\"style\":\"danger\"").contains("\"action_id\":\"cop.cancel\"").doesNotContain(member);
        Matcher token = TOKEN.matcher(question);
        assertThat(token.find()).as("the confirm button's token in %s", question).isTrue();
        assertThat(organisation()).isTrue();

        HttpResponse<String> other = slack.interaction(SlackPayloads.buttonPress(TEAM, channel, "U-OTHER",
                "cop.confirm", token.group(1)));
        assertThat(other.statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> ephemeralsTo("U-OTHER").size() == 1);
        assertThat(ephemeralsTo("U-OTHER").get(0)).contains("was for the member who ran the command");

        slack.interaction(SlackPayloads.buttonPress(TEAM, channel, member, "cop.confirm",
                token.group(1).replaceFirst("^forget-me", "pair")));
        await().atMost(WAIT).until(() -> ephemeralsTo(member).size() == 1);
        assertThat(ephemeralsTo(member).get(0)).contains("not one cop-checkin gave in this channel");
        assertThat(organisation()).isTrue();

        slack.interaction(SlackPayloads.buttonPress(TEAM, channel, member, "cop.confirm", token.group(1)));
        await().atMost(WAIT).until(() -> ephemeralsTo(member).size() == 2);
        assertThat(ephemeralsTo(member).get(1)).contains("Done: everything cop-checkin kept about you is erased")
                .contains("pairing preferences and organisation (with its region, offers and directory listing): 1 record").doesNotContain("Northside");
        assertThat(organisation()).isFalse();
    }

    @Test
    void aPressWithABadSignatureIsRefusedBeforeAnythingRuns() {
        String payload = SlackPayloads.buttonPress(TEAM, channel, member, "cop.confirm", "forget-me..x.y.z.w");
        HttpResponse<String> forged = slack.send(SignedSlack.form(java.util.Map.of("payload", payload)),
                "application/x-www-form-urlencoded", java.time.Instant.now(),
                java.util.Map.of("X-Slack-Signature", "v0=" + "0".repeat(64)));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(ephemeralsTo(member)).isEmpty();
    }

    private boolean organisation() {
        return members.find(communities.findOrCreate(new ChannelRef(PlatformKind.SLACK, TEAM, channel)), member)
                .flatMap(profile -> profile.organisation()).isPresent();
    }

    private List<String> ephemeralsTo(String user) {
        return SlackStandIn.calls("chat.postEphemeral").stream()
                .map(r -> URLDecoder.decode(r.getBodyAsString(), StandardCharsets.UTF_8))
                .filter(body -> body.contains("channel=" + channel) && body.contains("user=" + user)).toList();
    }
}
