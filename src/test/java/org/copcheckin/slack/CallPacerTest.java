package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.copcheckin.platform.BulkCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallPacerTest {

    /** Records the waits instead of sleeping through them, moving a clock of its own on by each. */
    static final class RecordedWaits extends RateLimitWaits {
        final List<Duration> pauses = new CopyOnWriteArrayList<>();
        final AtomicLong now = new AtomicLong(1_000_000_000L);

        @Override
        void pause(Duration wait) {
            pauses.add(wait);
            now.addAndGet(wait.toNanos());
        }

        Duration waited() {
            return pauses.stream().reduce(Duration.ZERO, Duration::plus);
        }
    }

    private final RecordedWaits waits = new RecordedWaits();
    private final CallPacer pacer = new CallPacer(waits, Duration.ofMinutes(1), waits.now::get);

    @ParameterizedTest(name = "{0} ({1} a minute)")
    @CsvSource({"conversations.history, 1", "users.list, 20", "conversations.open, 50", "conversations.members, 100"})
    void eachTierTakesABurstUpToItsLimitThenTheNextCallWaitsForTheWindow(String method, int perMinute) {
        for (int call = 0; call < perMinute; call++) {
            pacer.awaitSlot("T1", method, null);
        }
        assertThat(waits.pauses).isEmpty();

        pacer.awaitSlot("T1", method, null);
        assertThat(waits.waited()).isEqualTo(Duration.ofMinutes(1));
        pacer.awaitSlot("T2", method, null); // another workspace has limits of its own
        assertThat(waits.waited()).isEqualTo(Duration.ofMinutes(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"conversations.history", "users.list", "conversations.open", "conversations.members", "chat.postMessage"})
    void aRetryAfterHoldsBackEveryCallOfTheMethodInTheWorkspaceAtEachTier(String method) {
        pacer.awaitSlot("T1", method, "C1");
        pacer.rateLimited("T1", method, "C1", Duration.ofSeconds(30));

        pacer.awaitSlot("T1", method, "C1");

        assertThat(waits.waited()).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        waits.pauses.clear();
        pacer.awaitSlot("T1", "views.open", "C1"); // other methods are not held
        pacer.awaitSlot("T2", method, "C1");
        assertThat(waits.pauses).isEmpty();
    }

    @Test
    void postMessageIsOneASecondPerChannel() {
        pacer.awaitSlot("T1", "chat.postMessage", "C1");
        pacer.awaitSlot("T1", "chat.postMessage", "C2");
        assertThat(waits.pauses).isEmpty();

        pacer.awaitSlot("T1", "chat.postMessage", "C1");

        assertThat(waits.pauses).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void bulkWorkLeavesPartOfTheTierForEverythingElse() {
        for (int call = 0; call < 48; call++) {
            BulkCalls.during(() -> {
                pacer.awaitSlot("T1", "conversations.open", null);
                return null;
            });
        }
        assertThat(waits.pauses).isEmpty();

        pacer.awaitSlot("T1", "conversations.open", null); // a command's direct message goes at once
        pacer.awaitSlot("T1", "conversations.open", null);
        assertThat(waits.pauses).isEmpty();
        BulkCalls.during(() -> {
            pacer.awaitSlot("T1", "conversations.open", null);
            return null;
        });
        assertThat(waits.waited()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aShorterMinuteScalesEveryTier() {
        CallPacer compressed = new CallPacer(waits, Duration.ofSeconds(6), waits.now::get);
        for (int call = 0; call < 51; call++) {
            compressed.awaitSlot("T1", "conversations.open", null);
        }
        compressed.awaitSlot("T1", "chat.postMessage", "C1");
        compressed.awaitSlot("T1", "chat.postMessage", "C1");

        assertThat(waits.pauses).containsExactly(Duration.ofSeconds(6), Duration.ofMillis(100));
    }

    @Test
    void authTestIsNotPaced() {
        for (int call = 0; call < 1_000; call++) {
            pacer.awaitSlot(null, "auth.test", null);
        }
        assertThat(waits.pauses).isEmpty();
    }
}
