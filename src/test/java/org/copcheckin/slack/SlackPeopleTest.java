package org.copcheckin.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.OptionalLong;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.support.DatabaseScan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The names Slack knows: a workspace's people come from paged {@code users.list} before its first reply is
 * analysed, with display names, real names and usernames, and {@code user_change} and {@code team_join} keep them
 * current. Each name here is a given name no name list holds followed by a surname that is also an everyday word
 * ("baker", "fisher"): typed in lower case, only the workspace's list tells that the pair is someone.
 */
@SlackHttpTest
class SlackPeopleTest extends SlackHttpChannel {

    @Autowired
    SlackChatPlatform platform;

    /** A workspace this context has not met yet, as after a restart. */
    private final String team = "T-PEOPLE-" + System.nanoTime();

    @BeforeEach
    void standIn() {
        SlackStandIn.server().stubFor(SlackStandIn.api("users.list").withRequestBody(notContaining("cursor="))
                .atPriority(1).willReturn(okJson(page("page-2",
                        person("U-SUMMER", "", "Summer Lane", "slane"),
                        person("U-HUNTER", "Brook", "Marisol Brook", "ikaika.fisher")))));
        SlackStandIn.server().stubFor(SlackStandIn.api("users.list").withRequestBody(containing("cursor=page-2"))
                .atPriority(1).willReturn(okJson(page("",
                        person("U-FOREST", "Forest", "Quennell Baker", "fward")))));
    }

    @Test
    void theFirstReplyAfterARestartLosesTheRealNamesAndUsernamesOfTheWorkspacesPeople() {
        CheckIn checkIn = postCheckInInTheNewTeam();

        HttpResponse<String> ack = slack.event(SlackPayloads.callback("Ev-P1-" + team, team, SlackPayloads.threadReply(
                channel, checkIn.thread().threadId(), "U-FOREST", "1700000101.000001",
                "ikaika fisher and quennell baker helped with the landlord and the rent support plan")));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(receipts(checkIn)).isEqualTo(1);
        assertThat(DatabaseScan.findWords(jdbc, List.of("ikaika", "fisher", "quennell", "baker")))
                .as("names of the workspace's people, from both pages of users.list").isEmpty();
        assertThat(DatabaseScan.findWords(jdbc, List.of("landlord"))).as("the reply's content").isNotEmpty();
        assertThat(SlackStandIn.calls("users.list")).hasSize(2);
        assertThat(SlackStandIn.calls("users.list").get(0).getBodyAsString()).contains("limit=200");
    }

    @Test
    void aNameChangedInSlackIsRemovedFromTheNextReply() {
        CheckIn checkIn = postCheckInInTheNewTeam();
        slack.event(SlackPayloads.callback("Ev-P2-" + team, team, SlackPayloads.threadReply(channel,
                checkIn.thread().threadId(), "U-FOREST", "1700000102.000001", "the bus passes arrived")));

        slack.event(SlackPayloads.callback("Ev-P3-" + team, team, "{\"type\":\"user_change\",\"user\":"
                + person("U-FOREST", "Makoa Carpenter", "Quennell Baker", "fward") + ",\"event_ts\":\"1700000103.000001\"}"));
        slack.event(SlackPayloads.callback("Ev-P4-" + team, team, "{\"type\":\"team_join\",\"user\":"
                + person("U-NEW", "", "Oyelaran Mason", "omason") + ",\"event_ts\":\"1700000104.000001\"}"));
        slack.event(SlackPayloads.callback("Ev-P5-" + team, team, SlackPayloads.threadReply(channel,
                checkIn.thread().threadId(), "U-SUMMER", "1700000105.000001",
                "makoa carpenter and oyelaran mason shared the food pantry schedule")));

        assertThat(receipts(checkIn)).isEqualTo(2);
        assertThat(DatabaseScan.findWords(jdbc, List.of("makoa", "carpenter", "oyelaran", "mason"))).isEmpty();
        assertThat(DatabaseScan.findWords(jdbc, List.of("pantry"))).isNotEmpty();
    }

    @Test
    void listingAChannelAsksUsersInfoOnlyAboutPeopleTheListDidNotHold() {
        SlackStandIn.server().stubFor(SlackStandIn.api("conversations.members").atPriority(1).willReturn(okJson(
                "{\"ok\":true,\"members\":[\"U-SUMMER\",\"U-HUNTER\",\"U-FOREST\",\"U-SOMEONE\"],"
                        + "\"response_metadata\":{\"next_cursor\":\"\"}}")));

        List<ChannelMember> members = platform.listHumanMembers(new ChannelRef(PlatformKind.SLACK, team, channel));

        assertThat(members).extracting(ChannelMember::displayName)
                .containsExactly("Summer Lane", "Brook", "Forest", "Someone");
        assertThat(SlackStandIn.calls("users.info").get(0).getBodyAsString()).contains("U-SOMEONE");
        assertThat(SlackStandIn.calls("users.info")).hasSize(1);
    }

    private CheckIn postCheckInInTheNewTeam() {
        var community = communities.findOrCreate(new ChannelRef(PlatformKind.SLACK, team, channel));
        return checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
    }

    private int receipts(CheckIn checkIn) {
        return jdbc.sql("SELECT COUNT(*) FROM reply_receipt WHERE checkin_id = ?").param(checkIn.id())
                .query(Integer.class).single();
    }

    private static String page(String nextCursor, String... people) {
        return "{\"ok\":true,\"members\":[" + String.join(",", people) + "],\"response_metadata\":{\"next_cursor\":\""
                + nextCursor + "\"}}";
    }

    private static String person(String id, String displayName, String realName, String username) {
        return "{\"id\":\"" + id + "\",\"team_id\":\"T-ANY\",\"name\":\"" + username + "\",\"real_name\":\"" + realName
                + "\",\"deleted\":false,\"is_admin\":false,\"is_owner\":false,\"is_bot\":false,"
                + "\"profile\":{\"display_name\":\"" + displayName + "\",\"real_name\":\"" + realName + "\"}}";
    }
}
