package org.copcheckin.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.PlatformKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workspace's members as the anonymiser and the member lists see them: paged {@code users.list} once,
 * {@code user_change} and {@code team_join} after, {@code users.info} only for an id the list did not have.
 */
@SlackHttpTest
class SlackUsersTest {

    private static final String TEAM = SlackStandIn.TEAM;

    @Autowired
    SlackApi api;
    @Autowired
    SlackWork work;
    @Autowired
    SlackProperties properties;
    @Autowired
    SlackInstallations installations;
    @Autowired
    SlackUsers users;
    @Autowired
    HomeWorkspaces homes;
    @Autowired
    ChatPlatforms platforms;
    @LocalServerPort
    int port;

    @BeforeEach
    void standIn() {
        SlackStandIn.reset();
        var server = SlackStandIn.server();
        server.stubFor(SlackStandIn.api("users.list").atPriority(2).willReturn(okJson("{\"ok\":true,\"members\":["
                + member("U-THANH", "Thanh", "Nguyen Van Thanh", "tnguyen", false) + ","
                + member("U-HELPER", "Helperbot", "Helper Bot", "helperbot", true)
                + "],\"response_metadata\":{\"next_cursor\":\"page2\"}}")));
        server.stubFor(SlackStandIn.api("users.list").withRequestBody(containing("cursor=page2")).atPriority(1)
                .willReturn(okJson("{\"ok\":true,\"members\":["
                        + member("U-HODAN", "", "Hodan Warsame", "hwarsame", false)
                        + "],\"response_metadata\":{\"next_cursor\":\"\"}}")));
    }

    /** A new instance, as after a restart: nothing in memory yet. */
    private SlackUsers restarted() {
        return new SlackUsers(api, work, properties, installations, Clock.systemUTC(), homes);
    }

    @Test
    void rightAfterAStartEveryMembersDisplayNameRealNameAndUsernameIsKnownFromPagedUsersList() {
        SlackUsers fresh = restarted();

        assertThat(fresh.knownNames(TEAM)).contains("Thanh", "Nguyen Van Thanh", "tnguyen", "Hodan Warsame",
                "hwarsame").doesNotContain("Helper Bot", "helperbot");
        assertThat(SlackStandIn.calls("users.list")).hasSize(2).allSatisfy(call ->
                assertThat(call.getBodyAsString()).contains("limit=200"));
        assertThat(SlackStandIn.calls("users.info")).isEmpty();
    }

    @Test
    void theListIsLoadedOnceForAWorkspaceNotOnEveryReply() {
        SlackUsers fresh = restarted();

        fresh.knownNames(TEAM);
        fresh.knownNames(TEAM);
        fresh.find(TEAM, "U-HODAN");

        assertThat(SlackStandIn.calls("users.list")).hasSize(2);
        assertThat(SlackStandIn.calls("users.info")).isEmpty();
    }

    @Test
    void everyReplyGetsTheSameSetOfNamesUntilSomeonesNamesChange() {
        SlackUsers fresh = restarted();
        java.util.Set<String> first = fresh.knownNames(TEAM);

        java.util.Set<String> second = fresh.knownNames(TEAM);
        fresh.update(TEAM, com.slack.api.util.json.GsonFactory.createSnakeCase().fromJson(
                member("U-HODAN", "Hodan", "Hodan Warsame", "hwarsame", false), com.slack.api.model.User.class));
        java.util.Set<String> afterChange = fresh.knownNames(TEAM);

        assertThat(second).as("the anonymiser works a set into words once, so the set is handed out again")
                .isSameAs(first);
        assertThat(afterChange).isNotSameAs(first).contains("Hodan");
    }

    @Test
    void whileALargeListIsStillPagingRepliesAfterTheFirstShortWaitGoOnAtOnceWithTheNamesLoadedSoFar() {
        // the first page is slow, as a large workspace's paging at users.list's tier is
        SlackStandIn.server().stubFor(SlackStandIn.api("users.list").atPriority(1).willReturn(okJson(
                "{\"ok\":true,\"members\":[" + member("U-SLOW", "Slow", "Slow Page", "slow", false)
                        + "],\"response_metadata\":{\"next_cursor\":\"\"}}").withFixedDelay(4_000)));
        org.copcheckin.support.MutableClock clock = new org.copcheckin.support.MutableClock(java.time.Instant.now());
        SlackUsers fresh = new SlackUsers(api, work, properties, installations, clock, homes);
        // the first reply after the start waits for the list at most the short wait, and goes on without it
        java.util.Set<String> first = fresh.knownNames(TEAM);

        clock.advance(Duration.ofSeconds(3));
        long started = System.nanoTime();
        java.util.Set<String> later = fresh.knownNames(TEAM);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("a reply after the short wait does not wait for the list").isLessThan(Duration.ofMillis(1500));
        assertThat(later).doesNotContain("Slow Page");
        assertThat(first).doesNotContain("Slow Page");
        await().atMost(Duration.ofSeconds(15)).until(() -> fresh.knownNames(TEAM).contains("Slow Page"));
        assertThat(SlackStandIn.calls("users.list")).hasSize(1);
    }

    @Test
    void anIdTheListDidNotHaveIsLookedUpWithUsersInfoOnce() {
        SlackUsers fresh = restarted();

        SlackUsers.SlackUser someone = fresh.find(TEAM, "U-SOMEONE");
        fresh.find(TEAM, "U-SOMEONE");

        assertThat(someone.displayName()).isEqualTo("Someone");
        assertThat(SlackStandIn.calls("users.info")).hasSize(1);
    }

    @Test
    void installedWorkspacesAreLoadedAtStartUp() {
        SlackUsers fresh = restarted();

        fresh.warmInstalledWorkspaces();

        await().atMost(Duration.ofSeconds(10)).until(() -> SlackStandIn.calls("users.list").size() == 2);
        assertThat(fresh.knownNames(TEAM)).contains("Nguyen Van Thanh");
        assertThat(SlackStandIn.calls("users.list")).hasSize(2);
    }

    @Test
    void channelMembersComeFromTheListWithoutOneUsersInfoPerMember() {
        SlackStandIn.server().stubFor(SlackStandIn.api("conversations.members").atPriority(1).willReturn(okJson(
                "{\"ok\":true,\"members\":[\"U-THANH\",\"U-HELPER\",\"U-HODAN\"],"
                        + "\"response_metadata\":{\"next_cursor\":\"\"}}")));
        users.forget(TEAM);

        List<ChannelMember> members = platforms.of(PlatformKind.SLACK)
                .listHumanMembers(new ChannelRef(PlatformKind.SLACK, TEAM, "C-LIST"));

        assertThat(members).extracting(ChannelMember::displayName).containsExactly("Thanh", "Hodan Warsame");
        assertThat(SlackStandIn.calls("users.info")).isEmpty();
    }

    @Test
    void aChangedOrNewMembersNamesAreKnownFromUserChangeAndTeamJoin() {
        users.forget(TEAM);
        users.knownNames(TEAM);
        SignedSlack slack = new SignedSlack(port);

        HttpResponse<String> changed = slack.event(SlackPayloads.callback("Ev-USER-CHANGE", TEAM,
                "{\"type\":\"user_change\",\"user\":" + member("U-THANH", "Thanh", "Thanh Tran", "ttran", false)
                        + ",\"event_ts\":\"1700000600.000100\"}"));
        HttpResponse<String> joined = slack.event(SlackPayloads.callback("Ev-TEAM-JOIN", TEAM,
                "{\"type\":\"team_join\",\"user\":" + member("U-MARISOL", "Mari", "Marisol Quispe", "mquispe", false)
                        + ",\"event_ts\":\"1700000601.000100\"}"));

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(joined.statusCode()).isEqualTo(200);
        assertThat(users.knownNames(TEAM)).contains("Thanh Tran", "ttran", "Mari", "Marisol Quispe", "mquispe")
                .doesNotContain("Nguyen Van Thanh", "tnguyen");
        assertThat(SlackStandIn.calls("users.list")).hasSize(2);
    }

    private static String member(String id, String displayName, String realName, String userName, boolean bot) {
        return "{\"id\":\"" + id + "\",\"team_id\":\"" + TEAM + "\",\"name\":\"" + userName + "\",\"real_name\":\""
                + realName + "\",\"deleted\":false,\"is_admin\":false,\"is_owner\":false,\"is_bot\":" + bot
                + ",\"profile\":{\"display_name\":\"" + displayName + "\",\"real_name\":\"" + realName + "\"}}";
    }
}
