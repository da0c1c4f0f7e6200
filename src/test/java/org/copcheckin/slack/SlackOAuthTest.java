package org.copcheckin.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copcheckin.support.DatabaseScan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** Many workspaces: an install through OAuth against the stand-in's oauth.v2.access, and an uninstall. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slack.client-id=1111.2222", "slack.client-secret=client-secret-value",
        "slack.signing-secret=" + SignedSlack.SECRET})
@ActiveProfiles("test")
@ContextConfiguration(initializers = SlackHttpTest.StandInUrl.class)
@ExtendWith(OutputCaptureExtension.class)
class SlackOAuthTest {

    private static final String SCHOOLS = "T-SCHOOLS";
    private static final String PLAIN_TOKEN = "xoxb-plain-schools-token-7f3a";
    private static final Pattern STATE = Pattern.compile("state=([0-9a-fA-F-]{36})");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SlackInstallations installations;
    @Autowired
    HomeWorkspaces homes;
    @Autowired
    SlackUsers users;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void standIn() {
        SlackStandIn.reset();
        SlackStandIn.server().stubFor(SlackStandIn.api("oauth.v2.access").willReturn(okJson("{\"ok\":true,"
                + "\"app_id\":\"A-COP\",\"authed_user\":{\"id\":\"U-INSTALLER\"},\"scope\":\"commands,chat:write\","
                + "\"token_type\":\"bot\",\"access_token\":\"" + PLAIN_TOKEN + "\",\"bot_user_id\":\"U-BOT2\","
                + "\"team\":{\"id\":\"" + SCHOOLS + "\",\"name\":\"Schools\"},\"enterprise\":null,"
                + "\"is_enterprise_install\":false}")));
    }

    @Test
    void anInstallStoresTheTokenEncryptedAndTheWorkspaceThenWorksUntilItUninstalls() throws Exception {
        HttpResponse<String> install = get("/slack/install", null);
        String state = state(install);
        String cookie = install.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

        HttpResponse<String> redirect = get("/slack/oauth_redirect?code=the-code&state=" + state, cookie);

        assertThat(redirect.statusCode()).isIn(200, 302);
        assertThat(SlackStandIn.calls("oauth.v2.access")).singleElement().satisfies(call ->
                assertThat(call.getBodyAsString()).contains("code=the-code"));
        assertThat(installations(SCHOOLS)).isEqualTo(1);
        assertThat(DatabaseScan.find(jdbc, List.of(PLAIN_TOKEN, "plain-schools"))).isEmpty();

        SignedSlack slack = new SignedSlack(port);
        slack.command(SCHOOLS, "C-SCHOOLS", "U-CONFIGURED", "prompt challenge", SlackStandIn.responseUrl("schools"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SlackStandIn.responses("schools")).singleElement().satisfies(answer ->
                        assertThat(answer.getBodyAsString()).contains("Posted the challenge prompt")));
        assertThat(SlackStandIn.calls("chat.postMessage")).singleElement().satisfies(call ->
                assertThat(call.getHeader("Authorization")).isEqualTo("Bearer " + PLAIN_TOKEN));

        HttpResponse<String> uninstalled = slack.event(SlackPayloads.appUninstalled(SCHOOLS));

        assertThat(uninstalled.statusCode()).isEqualTo(200);
        assertThat(installations(SCHOOLS)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tenant_removal WHERE platform = 'SLACK' AND workspace_id = ?")
                .param(SCHOOLS).query(Integer.class).single()).as("purged after the grace period").isEqualTo(1);
    }

    private void install(String teamId, String enterpriseId) {
        installations.saveInstallerAndBot(com.slack.api.bolt.model.builtin.DefaultInstaller.builder()
                .teamId(teamId).enterpriseId(enterpriseId).appId("A-COP").botUserId("U-BOT-" + teamId)
                .botAccessToken("xoxb-" + teamId).botScope("commands").installedAt(System.currentTimeMillis()).build());
    }

    private void userIs(String userId, String json) {
        SlackStandIn.server().stubFor(SlackStandIn.api("users.info").withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("user=" + userId)).atPriority(1)
                .willReturn(okJson(json)));
    }

    @Test
    void anAdminCountsInTheInstallationsOwnEnterpriseGridButNotInAPartnerOrganisation() {
        install("T-GRID-SCHOOLS", "E-STATE");
        try {
            userIs("U-COUNTY-ADMIN", "{\"ok\":true,\"user\":{\"id\":\"U-COUNTY-ADMIN\",\"team_id\":\"T-COUNTY\","
                    + "\"name\":\"county\",\"is_admin\":true,\"is_owner\":false,\"is_bot\":false,\"deleted\":false,"
                    + "\"enterprise_user\":{\"id\":\"W-1\",\"enterprise_id\":\"E-STATE\"},\"profile\":{}}}");
            userIs("U-PARTNER-OWNER", "{\"ok\":true,\"user\":{\"id\":\"U-PARTNER-OWNER\",\"team_id\":\"T-PARTNER\","
                    + "\"name\":\"partner\",\"is_admin\":false,\"is_owner\":true,\"is_bot\":false,\"deleted\":false,"
                    + "\"enterprise_user\":{\"id\":\"W-2\",\"enterprise_id\":\"E-PARTNER\"},\"profile\":{}}}");

            assertThat(users.isAdmin("T-GRID-SCHOOLS", "U-COUNTY-ADMIN")).isTrue();
            assertThat(users.isAdmin("T-GRID-SCHOOLS", "U-PARTNER-OWNER")).isFalse();
        } finally {
            installations.removeWorkspace("E-STATE", "T-GRID-SCHOOLS");
        }
    }

    @Test
    void plainFacilitatorIdsWithSeveralWorkspacesInstalledGetAStartUpWarningWithoutTheIds(CapturedOutput output) {
        // the test profile's COP_FACILITATORS is the plain id U-CONFIGURED
        install("T-ONE", null);
        try {
            homes.warnAboutPlainFacilitatorIds();
            assertThat(output.getOut()).doesNotContain("plain user id");
            install("T-TWO", null);

            homes.warnAboutPlainFacilitatorIds();

            assertThat(output.getOut()).contains("COP_FACILITATORS has 1 plain user id(s) and cop-checkin is "
                    + "installed in 2 Slack workspaces").contains("slack:<team id>:<user id>")
                    .doesNotContain("U-CONFIGURED");
        } finally {
            installations.removeWorkspace(null, "T-ONE");
            installations.removeWorkspace(null, "T-TWO");
        }
    }

    @Test
    void aRedirectWithAStateThatWasNeverIssuedInstallsNothing() throws Exception {
        int before = jdbc.sql("SELECT COUNT(*) FROM slack_installation").query(Integer.class).single();
        HttpResponse<String> redirect = get("/slack/oauth_redirect?code=the-code&state=0f0f0f0f-0000-0000-0000-000000000000",
                "slack-app-oauth-state=0f0f0f0f-0000-0000-0000-000000000000");

        assertThat(redirect.statusCode()).isNotEqualTo(500);
        assertThat(SlackStandIn.calls("oauth.v2.access")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM slack_installation").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void revokedBotTokensRemoveTheInstallation() throws Exception {
        HttpResponse<String> install = get("/slack/install", null);
        get("/slack/oauth_redirect?code=c2&state=" + state(install),
                install.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0]);
        assertThat(installations(SCHOOLS)).isEqualTo(1);

        HttpResponse<String> revoked = new SignedSlack(port).event(SlackPayloads.callback("Ev-REVOKED", SCHOOLS,
                "{\"type\":\"tokens_revoked\",\"tokens\":{\"bot\":[\"U-BOT2\"]},\"event_ts\":\"1700000800.000100\"}"));

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(installations(SCHOOLS)).isZero();
    }

    private int installations(String team) {
        return jdbc.sql("SELECT COUNT(*) FROM slack_installation WHERE team_id = ?").param(team)
                .query(Integer.class).single();
    }

    private static String state(HttpResponse<String> install) {
        String where = install.headers().firstValue("Location").orElse(install.body());
        Matcher matcher = STATE.matcher(where);
        assertThat(matcher.find()).as("state in the install answer").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
