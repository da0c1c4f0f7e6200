package org.copcheckin.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copcheckin.support.DatabaseScan;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * OAuth installs through HTTP: {@code /slack/install} per client address, so state rows cannot pile up, and
 * {@code SLACK_ALLOWED_TEAMS}, so another organisation's workspace cannot install the bot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slack.client-id=1111.2222", "slack.client-secret=client-secret-value",
        "slack.signing-secret=" + SignedSlack.SECRET, "slack.allowed-teams=T-SCHOOLS, E-DISTRICTS"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = SlackHttpTest.StandInUrl.class)
@Import(SlackInstallLimitsTest.Time.class)
class SlackInstallLimitsTest {

    private static final Pattern STATE = Pattern.compile("state=([0-9a-fA-F-]{36})");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Clock.systemUTC().instant());
        }
    }

    @BeforeEach
    void fresh() {
        SlackStandIn.reset();
        SlackStandIn.stub(SlackStandIn.api("auth.revoke"), "{\"ok\":true,\"revoked\":true}");
        clock.advance(Duration.ofHours(1)); // every address's bucket full again, earlier states expired
    }

    @Test
    void anAddressGetsABurstOfInstallsThen429WithRetryAfterAndNoStateRow() throws Exception {
        for (int i = 0; i < InstallRateLimit.BURST; i++) {
            assertThat(get("/slack/install", null).statusCode()).as("install %d", i).isIn(200, 302);
        }
        int states = states();

        HttpResponse<String> refused = get("/slack/install", null);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue(
                Long.toString(InstallRateLimit.REFILL.toSeconds()));
        assertThat(refused.body()).contains("try again");
        assertThat(states()).as("a refused visit stores no state").isEqualTo(states);

        clock.advance(InstallRateLimit.REFILL);
        assertThat(get("/slack/install", null).statusCode()).isIn(200, 302);
        assertThat(get("/slack/install", null).statusCode()).isEqualTo(429);
    }

    @Test
    void aWorkspaceOutsideTheAllowedTeamsIsRefusedWithAClearPageAndNothingIsStored() throws Exception {
        answerOAuthAs("T-ELSEWHERE", "xoxb-elsewhere-token-91c2");
        int installations = installations();

        HttpResponse<String> callback = install();

        assertThat(callback.statusCode()).isEqualTo(403);
        assertThat(callback.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(callback.body()).contains("T-ELSEWHERE", "SLACK_ALLOWED_TEAMS", "Nothing was stored");
        assertThat(installations()).isEqualTo(installations);
        assertThat(DatabaseScan.find(jdbc, List.of("xoxb-elsewhere-token-91c2", "T-ELSEWHERE"))).isEmpty();
        assertThat(SlackStandIn.calls("auth.revoke")).singleElement().satisfies(call ->
                assertThat(call.getHeader("Authorization")).isEqualTo("Bearer xoxb-elsewhere-token-91c2"));
    }

    @Test
    void anAllowedWorkspaceInstalls() throws Exception {
        answerOAuthAs("T-SCHOOLS", "xoxb-schools-token-5d1e");

        HttpResponse<String> callback = install();

        assertThat(callback.statusCode()).isIn(200, 302);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM slack_installation WHERE team_id = 'T-SCHOOLS'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(SlackStandIn.calls("auth.revoke")).isEmpty();
    }

    private void answerOAuthAs(String team, String token) {
        SlackStandIn.server().stubFor(SlackStandIn.api("oauth.v2.access").willReturn(okJson("{\"ok\":true,"
                + "\"app_id\":\"A-COP\",\"authed_user\":{\"id\":\"U-INSTALLER\"},\"scope\":\"commands,chat:write\","
                + "\"token_type\":\"bot\",\"access_token\":\"" + token + "\",\"bot_user_id\":\"U-BOT2\","
                + "\"team\":{\"id\":\"" + team + "\",\"name\":\"A workspace\"},\"enterprise\":null,"
                + "\"is_enterprise_install\":false}")));
    }

    private HttpResponse<String> install() throws IOException, InterruptedException {
        HttpResponse<String> start = get("/slack/install", null);
        Matcher state = STATE.matcher(start.headers().firstValue("Location").orElse(start.body()));
        assertThat(state.find()).as("state in the install answer").isTrue();
        String cookie = start.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        return get("/slack/oauth_redirect?code=the-code&state=" + state.group(1), cookie);
    }

    private int states() {
        return jdbc.sql("SELECT COUNT(*) FROM slack_oauth_state").query(Integer.class).single();
    }

    private int installations() {
        return jdbc.sql("SELECT COUNT(*) FROM slack_installation").query(Integer.class).single();
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
