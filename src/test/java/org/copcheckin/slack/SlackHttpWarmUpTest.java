package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

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

    @Test
    void signedRequestsThroughTheWholeEndpointAreAnsweredWithTheirChallengeAndLeaveNoRow(CapturedOutput output) {
        int answered = new SlackHttpWarmUp(properties, clock, 0).warm(port, 40);

        assertThat(answered).isEqualTo(40);
        assertThat(output).contains("Warmed the Slack endpoint with 40 signed requests over loopback");
    }

    @Test
    void aRefusedRequestStopsTheWarmUpRatherThanSendingTheRest(CapturedOutput output) {
        SlackProperties wrongSecret = new SlackProperties(properties.botToken(), "not-the-signing-secret",
                properties.appToken(), properties.clientId(), properties.clientSecret(), properties.apiUrl(),
                properties.socketRetryInitial(), properties.socketRetryMax());

        int answered = new SlackHttpWarmUp(wrongSecret, clock, 0).warm(port, 40);

        assertThat(answered).isZero();
        assertThat(output).contains("The Slack endpoint warm-up stopped: a request was answered 401");
    }
}
