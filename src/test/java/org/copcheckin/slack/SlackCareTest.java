package org.copcheckin.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.copcheckin.care.CareSettings;
import org.copcheckin.checkins.CheckIn;
import org.copcheckin.community.Community;
import org.copcheckin.support.DatabaseScan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Care over signed Slack events: the privacy nudge is an ephemeral message in the reply's thread, sent after the
 * acknowledgement and once per member per check-in; the safeguarding alert is a direct message to each facilitator
 * with the reply's permalink, the kind of signal and the protocol, and no words of the reply anywhere.
 */
@SlackHttpTest
@ExtendWith(OutputCaptureExtension.class)
class SlackCareTest extends SlackHttpChannel {

    private static final String PERMALINK = "https://district.slack.com/archives/C1/p1700000001000001?thread_ts=1";

    @Autowired
    CareSettings settings;

    @BeforeEach
    void standIn() {
        permalink(PERMALINK);
        emptyChannelAndOneDm();
    }

    @Test
    void theNudgeIsAnEphemeralMessageInTheThreadThatNeverDelaysTheAck() {
        CheckIn checkIn = postCheckIn();
        // a slow Slack for the nudge: the reply's acknowledgement must not wait for it
        SlackStandIn.server().stubFor(SlackStandIn.api("chat.postEphemeral").atPriority(1).willReturn(
                okJson("{\"ok\":true,\"message_ts\":\"1700000000.000200\"}").withFixedDelay(8000)));

        Instant sent = Instant.now();
        HttpResponse<String> ack = slack.event(reply("Ev-N1", checkIn, "U-1", "1700000001.000001",
                "worried about Tran again, call 206-555-0199"));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(Duration.between(sent, Instant.now())).as("the ack does not wait for the 8 s nudge")
                .isLessThan(Duration.ofSeconds(6));
        await().atMost(Duration.ofSeconds(20)).until(() -> ephemerals().size() == 1);
        String nudge = ephemerals().get(0);
        assertThat(nudge).contains("thread_ts=" + checkIn.thread().threadId()).contains("user=U-1")
                .contains("a name and a phone number").doesNotContain("Tran").doesNotContain("0199");

        slack.event(reply("Ev-N2", checkIn, "U-1", "1700000001.000002", "also Marisol, 206-555-0142"));
        slack.event(reply("Ev-N3", checkIn, "U-2", "1700000001.000003", "reach me at dana@example.org"));
        await().atMost(Duration.ofSeconds(15)).until(() -> ephemerals().size() == 2);
        assertThat(ephemerals().get(1)).contains("user=U-2").contains("an e-mail address");
        assertThat(ephemerals()).as("one nudge per member per check-in").hasSize(2);
    }

    @Test
    void aMemberWhoTurnedNudgesOffGetsNone() {
        CheckIn checkIn = postCheckIn();
        slack.command(TEAM, channel, "U-QUIET", "nudges off", SlackStandIn.responseUrl("quiet"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStandIn.responses("quiet").isEmpty());

        slack.event(reply("Ev-Q1", checkIn, "U-QUIET", "1700000002.000001", "call 206-555-0101"));
        slack.event(reply("Ev-Q2", checkIn, "U-LOUD", "1700000002.000002", "call 206-555-0102"));

        await().atMost(Duration.ofSeconds(15)).until(() -> ephemerals().size() == 1);
        assertThat(ephemerals().get(0)).contains("user=U-LOUD");
    }

    @Test
    void theAlertReachesEachFacilitatorWithThePermalinkAndProtocolOnlyWhenSafeguardingIsOn(CapturedOutput output) {
        CheckIn checkIn = postCheckIn();
        Community community = communities.findOrCreate(checkIn.thread().channel());
        facilitators.add(community, "U-FAC");
        String disclosure = "a student told me her stepdad hits her and she is scared to go home";

        slack.event(reply("Ev-A1", checkIn, "U-3", "1700000003.000001", disclosure));
        // care is delivered in order on one thread: once this nudge is out, the reply before it was dealt with
        slack.event(reply("Ev-A0", checkIn, "U-5", "1700000003.000009", "call 206-555-0177"));
        await().atMost(Duration.ofSeconds(15)).until(() -> ephemerals().size() == 1);
        assertThat(settings.turnSafeguardingOn(community.id(), "Follow the district procedure: call the duty lead"))
                .isEmpty();
        slack.event(reply("Ev-A2", checkIn, "U-4", "1700000003.000002", disclosure));

        await().atMost(Duration.ofSeconds(15)).until(() -> posts("D-FAC").size() == 2);
        assertThat(SlackStandIn.calls("conversations.open")).as("the reply before it was on alerted nobody")
                .extracting(r -> decoded(r.getBodyAsString())).hasSize(2)
                .anyMatch(body -> body.contains("users=U-FAC")).anyMatch(body -> body.contains("users=U-CONFIGURED"));
        String alert = posts("D-FAC").get(0);
        assertThat(alert).contains(PERMALINK).contains("abuse or neglect").contains("call the duty lead")
                .doesNotContain("stepdad").doesNotContain("scared");
        assertThat(decoded(SlackStandIn.calls("chat.getPermalink").get(0).getBodyAsString()))
                .contains("message_ts=1700000003.000002");
        // the weekly count is written once both facilitators were messaged
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT alerts FROM care_alert_week WHERE community_id = ?").param(community.id())
                .query(Integer.class).optional()).contains(1));
        // the reply's everyday words are counted in trends like any reply's ("stepdad"); the alert adds nothing
        assertThat(DatabaseScan.find(jdbc, List.of("scared to go home", "1700000003", "U-4"))).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM care_alert_week WHERE community_id = ?").param(community.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(output.getAll()).doesNotContain("stepdad").doesNotContain("scared to go home");
        settings.turnSafeguardingOff(community.id());
    }

    private String reply(String eventId, CheckIn checkIn, String user, String ts, String text) {
        return SlackPayloads.callback(eventId, TEAM, SlackPayloads.threadReply(channel, checkIn.thread().threadId(),
                user, ts, text));
    }

    private List<String> ephemerals() {
        return SlackStandIn.calls("chat.postEphemeral").stream().map(r -> decoded(r.getBodyAsString()))
                .filter(body -> body.contains("channel=" + channel)).toList();
    }

}
