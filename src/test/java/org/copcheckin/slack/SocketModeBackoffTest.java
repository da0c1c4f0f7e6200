package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SocketModeBackoffTest {

    private final SocketModeBackoff backoff = new SocketModeBackoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

    @Test
    void theWaitDoublesFromTheInitialOneUpToTheCap() {
        assertThat(backoff.delay(1, 0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(2, 0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delay(6, 0)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.delay(7, 0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.delay(1_000, 0)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void jitterShortensAWaitByAtMostAFifthAndNeverLengthensIt() {
        assertThat(backoff.delay(3, 0.5)).isEqualTo(Duration.ofMillis(3_600));
        assertThat(backoff.delay(100, 0.999)).isBetween(Duration.ofSeconds(48), Duration.ofSeconds(60));
    }

    @Test
    void aCapBelowTheInitialWaitIsRefused() {
        assertThatThrownBy(() -> new SocketModeBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
