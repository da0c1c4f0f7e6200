package org.copcheckin.scheduling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Looks every couple of seconds for runs another replica handed over to this one (see {@link RunPlacement}), and
 * carries them out. Without placements (Slack or the playground only) there is nothing to hand over and it does
 * not poll.
 */
@Component
class HandedOverRuns implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(HandedOverRuns.class);
    static final Duration EVERY = Duration.ofSeconds(2);

    private final ScheduledRuns runs;
    private ScheduledExecutorService poller;

    HandedOverRuns(ScheduledRuns runs) {
        this.runs = runs;
    }

    @Override
    public synchronized void start() {
        if (!runs.placesRuns() || poller != null) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "handed-over-runs");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            runs.takeHandedOver();
        } catch (RuntimeException e) {
            log.warn("Could not look for handed-over runs: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
