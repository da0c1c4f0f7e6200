package org.copcheckin.slack;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.Facilitators;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a {@link SlackHttpTest} of one fresh channel starts from: the application's port and a {@link SignedSlack}
 * for it, the database and the community services, a channel id of its own, and the {@link SlackStandIn} back to
 * Slack's usual answers before each test. A test's own {@code @BeforeEach} runs after this one, so it adds the
 * answers it needs on top.
 */
abstract class SlackHttpChannel {

    static final String TEAM = SlackStandIn.TEAM;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Communities communities;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Facilitators facilitators;

    final String channel = "C" + System.nanoTime();
    SignedSlack slack;

    @BeforeEach
    final void freshStandInAndSignedSlack() {
        SlackStandIn.reset();
        slack = new SignedSlack(port);
    }

    /** Nobody listed in the channel, and a direct message to anyone opens {@code D-FAC}. */
    static void emptyChannelAndOneDm() {
        SlackStandIn.stub(SlackStandIn.api("conversations.members"),
                "{\"ok\":true,\"members\":[],\"response_metadata\":{\"next_cursor\":\"\"}}");
        SlackStandIn.stub(SlackStandIn.api("conversations.open"), "{\"ok\":true,\"channel\":{\"id\":\"D-FAC\"}}");
    }

    /** {@code chat.getPermalink} answers {@code permalink} for this test's channel. */
    void permalink(String permalink) {
        SlackStandIn.stub(SlackStandIn.api("chat.getPermalink"), "{\"ok\":true,\"channel\":\"" + channel
                + "\",\"permalink\":\"" + permalink + "\"}");
    }

    Community community() {
        return communities.findOrCreate(new ChannelRef(PlatformKind.SLACK, TEAM, channel));
    }

    CheckIn postCheckIn() {
        return checkIns.post(community(), PromptKind.CHALLENGE, null, OptionalLong.empty());
    }

    /** The decoded {@code chat.postMessage} calls to exactly this conversation, in order. */
    static List<String> posts(String conversation) {
        return SlackStandIn.calls("chat.postMessage").stream().map(r -> decoded(r.getBodyAsString()))
                .filter(body -> body.contains("channel=" + conversation + "&") || body.endsWith("channel="
                        + conversation)).toList();
    }

    static String decoded(String form) {
        return URLDecoder.decode(form, StandardCharsets.UTF_8);
    }
}
