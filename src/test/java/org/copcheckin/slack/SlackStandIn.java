package org.copcheckin.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A local stand-in for the Slack Web API (behind {@code SLACK_API_URL}) and for response URLs, shared by the
 * Slack tests of one JVM so their Spring contexts can be cached.
 */
final class SlackStandIn {

    static final String TEAM = "T-DISTRICT";
    static final String BOT_USER = "U-BOT";
    static final String ADMIN = "U-ADMIN";
    static final String THREAD_TS = "1700000000.000100";

    private static final WireMockServer SERVER = start();

    static {
        reset(); // the application's start-up calls find Slack's usual answers too
    }

    private SlackStandIn() {
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    static WireMockServer server() {
        return SERVER;
    }

    static String apiUrl() {
        return "http://127.0.0.1:" + SERVER.port() + "/api/";
    }

    static String responseUrl(String id) {
        return "http://127.0.0.1:" + SERVER.port() + "/response/" + id;
    }

    /** Forgets recorded requests and special answers; Slack's usual answers again. */
    static void reset() {
        SERVER.resetAll();
        stub(api("auth.test"), "{\"ok\":true,\"url\":\"https://district.slack.com/\",\"team\":\"District\","
                + "\"user\":\"cop\",\"team_id\":\"" + TEAM + "\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"B-BOT\"}");
        stub(api("chat.postMessage"), "{\"ok\":true,\"channel\":\"C-ANY\",\"ts\":\"" + THREAD_TS + "\"}");
        stub(api("chat.postEphemeral"), "{\"ok\":true,\"message_ts\":\"1700000000.000200\"}");
        stub(api("users.list"), "{\"ok\":true,\"members\":[],\"response_metadata\":{\"next_cursor\":\"\"}}");
        stub(api("users.info"), user("U-SOMEONE", "Someone", false, false, false));
        SERVER.stubFor(api("users.info").withRequestBody(containing("user=" + ADMIN)).atPriority(1)
                .willReturn(okJson(user(ADMIN, "Admin", true, false, false))));
        SERVER.stubFor(post(urlPathMatching("/response/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
        // the files upload v2 flow: a slot with its URL on this stand-in, the bytes posted there, then shared
        stub(api("files.getUploadURLExternal"), "{\"ok\":true,\"upload_url\":\"http://127.0.0.1:" + SERVER.port()
                + "/upload/F-UP\",\"file_id\":\"F-UP\"}");
        SERVER.stubFor(post(urlPathMatching("/upload/.*")).atPriority(5)
                .willReturn(aResponse().withStatus(200).withBody("OK")));
        stub(api("files.completeUploadExternal"), "{\"ok\":true,\"files\":[{\"id\":\"F-UP\"}]}");
    }

    /** The bytes posted to the stand-in's upload URLs, in order. */
    static List<LoggedRequest> uploads() {
        return SERVER.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathMatching("/upload/.*")));
    }

    static MappingBuilder api(String method) {
        return post(urlPathEqualTo("/api/" + method));
    }

    static void stub(MappingBuilder mapping, String json) {
        SERVER.stubFor(mapping.atPriority(5).willReturn(okJson(json)));
    }

    static String user(String id, String displayName, boolean admin, boolean bot, boolean deleted) {
        return user(id, TEAM, displayName, admin, bot, deleted);
    }

    /** A user of {@code teamId}: another organisation's in a Slack Connect channel when it is not {@link #TEAM}. */
    static String user(String id, String teamId, String displayName, boolean admin, boolean bot, boolean deleted) {
        return "{\"ok\":true,\"user\":{\"id\":\"" + id + "\",\"team_id\":\"" + teamId + "\",\"name\":\"" + id.toLowerCase()
                + "\",\"deleted\":" + deleted + ",\"is_admin\":" + admin + ",\"is_owner\":false,\"is_bot\":" + bot
                + ",\"profile\":{\"display_name\":\"" + displayName + "\"}}}";
    }

    static List<LoggedRequest> calls(String method) {
        return SERVER.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo("/api/" + method)));
    }

    static List<LoggedRequest> responses(String id) {
        return SERVER.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo("/response/" + id)));
    }
}
