package org.copcheckin.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.community.Community;
import org.copcheckin.reminders.Reminders;
import org.copcheckin.support.DatabaseScan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Gentle reminders over signed Slack HTTP and the Slack stand-in: the facilitator turns them on with a signed
 * {@code /cop settings reminders}, a member turns them off with {@code /cop reminders off}, a member replies in the
 * thread; the reminder is a direct message ({@code conversations.open} then {@code chat.postMessage} to the DM), once,
 * to the others only, never in the channel and mentioning nobody, and it waits for the end of quiet hours in the
 * member's own Slack {@code tz}.
 */
@SlackHttpTest
@ExtendWith(OutputCaptureExtension.class)
class SlackRemindersTest extends SlackHttpChannel {

    private static final String PERMALINK = "https://district.slack.com/archives/C9/p1700000009000001";
    private static final String REPLY = "Hopeful after Quillondra's visit to the pantry";

    @Autowired
    Reminders reminders;

    @BeforeEach
    void standIn() {
        permalink(PERMALINK);
        SlackStandIn.stub(SlackStandIn.api("conversations.members"), "{\"ok\":true,\"members\":[\"U-RANA\",\"U-RBEN\","
                + "\"U-RCHEN\",\"U-RDEE\",\"U-RFAC\"],\"response_metadata\":{\"next_cursor\":\"\"}}");
        person("U-RANA", "America/Los_Angeles");
        person("U-RBEN", "Europe/Paris");
        person("U-RCHEN", "America/Los_Angeles");
        person("U-RDEE", "America/Los_Angeles");
        person("U-RFAC", "America/Los_Angeles");
        for (String user : List.of("U-RBEN", "U-RCHEN", "U-RDEE", "U-RANA", "U-RFAC")) {
            SlackStandIn.server().stubFor(SlackStandIn.api("conversations.open")
                    .withRequestBody(containing("users=" + user)).atPriority(1)
                    .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"D-" + user + "\"}}")));
        }
    }

    private static void person(String id, String tz) {
        SlackStandIn.server().stubFor(SlackStandIn.api("users.info").withRequestBody(containing("user=" + id))
                .atPriority(1).willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + id + "\",\"team_id\":\"" + TEAM
                        + "\",\"name\":\"" + id.toLowerCase() + "\",\"deleted\":false,\"is_admin\":false,"
                        + "\"is_owner\":false,\"is_bot\":false,\"tz\":\"" + tz + "\",\"profile\":{\"display_name\":\""
                        + id.substring(3) + "\"}}}")));
    }

    @Test
    void oneDirectMessageEachToWhoDidNotTakePartWaitingForTheEndOfQuietHoursInTheirSlackZone(CapturedOutput output) {
        Community community = community();
        facilitators.add(community, "U-RFAC");
        CheckIn checkIn = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        // due an hour after the prompt; quiet hours around that time in Paris, nine hours from Los Angeles's
        Instant due = checkIn.postedAt().plus(Duration.ofHours(1)).plusSeconds(1); // the stored instant is rounded
        LocalTime paris = due.atZone(ZoneId.of("Europe/Paris")).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        String quiet = paris.minusMinutes(30) + "-" + paris.plusMinutes(90);

        command("U-RFAC", "settings reminders 1h quiet " + quiet, "on");
        assertThat(answer("on")).contains("Reminders are on in this channel: 1h after each prompt");
        command("U-RDEE", "reminders off", "off");
        assertThat(answer("off")).contains("Reminders are off for you");
        slack.event(SlackPayloads.callback("Ev-R1-" + channel, TEAM, SlackPayloads.threadReply(channel,
                checkIn.thread().threadId(), "U-RANA", "1700000009.000001", REPLY)));
        await().atMost(Duration.ofSeconds(15)).until(() -> checkIns.replyCount(checkIn.id()) == 1);

        assertThat(reminders.sweep(community, due.minusSeconds(60))).as("not before the delay").isZero();
        assertThat(reminders.sweep(community, due)).isEqualTo(1);
        assertThat(reminders.sweep(community, due.plusSeconds(60))).as("a replayed firing sends nothing").isZero();
        assertThat(opened()).containsExactly("U-RCHEN");

        Instant afterQuiet = due.plus(Duration.ofMinutes(91));
        assertThat(reminders.sweep(community, afterQuiet)).isEqualTo(1);
        assertThat(reminders.sweep(community, afterQuiet.plus(Duration.ofHours(2)))).isZero();
        assertThat(opened()).as("Paris's member after their quiet hours; not who replied, opted out or facilitates")
                .containsExactly("U-RCHEN", "U-RBEN");

        List<String> dms = posts("D-U-RCHEN");
        assertThat(dms).singleElement().satisfies(dm -> assertThat(dm).contains("A gentle reminder")
                .contains(PERMALINK).contains("/cop reminders off").doesNotContain("<@").doesNotContain("@channel")
                .doesNotContain("@here"));
        assertThat(posts("D-U-RBEN")).hasSize(1);
        assertThat(posts(channel)).as("nothing in the channel but the prompt").hasSize(1)
                .noneMatch(post -> post.contains("gentle reminder"));
        assertThat(SlackStandIn.calls("chat.postEphemeral")).as("the reply's privacy nudge only")
                .noneMatch(call -> decoded(call.getBodyAsString()).contains("gentle reminder"));

        command("U-RFAC", "status", "status");
        assertThat(answer("status")).contains("*Reminders* (1h after each prompt): latest check-in: 2 reminders sent");
        assertThat(DatabaseScan.find(jdbc, List.of("Quillondra", "U-RCHEN", "U-RBEN", "U-RANA", "U-RDEE"))).as("reminder rows hold keyed hashes and counts only").isEmpty();
        assertThat(output.getAll()).contains("Sent 1 reminders for check-in " + checkIn.id())
                .doesNotContain("Quillondra").doesNotContain("U-RCHEN").doesNotContain("U-RBEN");
    }

    private void command(String user, String text, String id) {
        slack.command(TEAM, channel, user, text, SlackStandIn.responseUrl(id + channel));
        await().atMost(Duration.ofSeconds(15)).until(() -> !SlackStandIn.responses(id + channel).isEmpty());
    }

    private String answer(String id) {
        return SlackStandIn.responses(id + channel).get(0).getBodyAsString();
    }

    private List<String> opened() {
        return SlackStandIn.calls("conversations.open").stream().map(r -> decoded(r.getBodyAsString()))
                .map(body -> body.replaceAll(".*users=([A-Z-]+).*", "$1")).toList();
    }

}
