package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

class CallPacerTest {

    /** Records the waits instead of sleeping through them. */
    static final class RecordedWaits extends RateLimitWaits {
        final List<Duration> pauses = new CopyOnWriteArrayList<>();

        @Override
        void pause(Duration wait) {
            pauses.add(wait);
        }
    }

    @Test
    void aBurstOfCallsIsSpreadOneIntervalApartPerWorkspace() {
        RecordedWaits waits = new RecordedWaits();
        CallPacer pacer = new CallPacer(waits, Duration.ofSeconds(10));

        pacer.awaitSlot("T1", "conversations.open");
        pacer.awaitSlot("T1", "conversations.open");
        pacer.awaitSlot("T1", "conversations.open");
        pacer.awaitSlot("T2", "conversations.open");

        assertThat(waits.pauses).hasSize(2);
        assertThat(waits.pauses.get(0)).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(10));
        assertThat(waits.pauses.get(1)).isBetween(Duration.ofSeconds(19), Duration.ofSeconds(20));
    }
}
