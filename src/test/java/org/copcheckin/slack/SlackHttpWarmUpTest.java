package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;

/**
 * The start-up warm-up of the Slack endpoint: signed url_verification requests through the real server, the
 * signature checks and Bolt, answered with their challenge; with a wrong secret the first refusal stops it. (The test
 * profile's {@code cop.intake-warm-up} of 0 turns the application's own warm-up off.)
 */
@SlackHttpTest
@ExtendWith(OutputCaptureExtension.class)
class SlackHttpWarmUpTest {

    @LocalServerPort
    int port;
    @Autowired
    SlackProperties properties;
    @Autowired
    Clock clock;
    @Autowired
    ServerProperties server;

    @Test
    void signedRequestsThroughTheWholeEndpointAreAnsweredWithTheirChallenge(CapturedOutput output) {
        int answered = warmUp(properties).warm(warmUp(properties).events(port), 40);

        assertThat(answered).isEqualTo(40);
        assertThat(output).contains("Warmed the Slack endpoint with 40 signed requests over loopback");
    }

    @Test
    void aRefusedRequestStopsTheWarmUpRatherThanSendingTheRest(CapturedOutput output) {
        SlackProperties wrongSecret = new SlackProperties(properties.botToken(), "not-the-signing-secret",
                properties.appToken(), properties.clientId(), properties.clientSecret(), properties.apiUrl(),
                properties.socketRetryInitial(), properties.socketRetryMax());

        int answered = warmUp(wrongSecret).warm(warmUp(wrongSecret).events(port), 40);

        assertThat(answered).isZero();
        assertThat(output).containsOnlyOnce("The Slack endpoint warm-up stopped: a request was answered 401")
                .contains("The Slack endpoint warm-up stopped after 0 of 40 signed requests");
    }

    @Test
    void itGoesToTheAddressTheServerIsBoundToUnderItsContextPathOrToLoopback() throws Exception {
        ServerProperties bound = new ServerProperties();
        bound.setAddress(java.net.InetAddress.getByName("10.1.2.3"));
        bound.getServlet().setContextPath("/cop");

        assertThat(new SlackHttpWarmUp(properties, clock, bound, 0).events(8080))
                .hasToString("http://10.1.2.3:8080/cop/slack/events");
        ServerProperties everywhere = new ServerProperties();
        everywhere.setAddress(java.net.InetAddress.getByName("0.0.0.0"));
        assertThat(new SlackHttpWarmUp(properties, clock, everywhere, 0).events(8080))
                .hasToString("http://127.0.0.1:8080/slack/events");
    }

    private SlackHttpWarmUp warmUp(SlackProperties slack) {
        return new SlackHttpWarmUp(slack, clock, server, 0);
    }
}
