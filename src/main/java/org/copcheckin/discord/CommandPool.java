package org.copcheckin.discord;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded executor that runs {@code /cop} handlers, apart from JDA's event pool: a few threads and a short
 * queue; a command that finds both full is rejected (the listener answers "busy") rather than waiting.
 * Closing lets running commands finish for a grace period, then interrupts them.
 */
final class CommandPool implements Executor, AutoCloseable {

    static final int THREADS = 4;
    static final int QUEUE = 32;
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final ThreadPoolExecutor executor;

    CommandPool(int threads, int queue) {
        AtomicInteger count = new AtomicInteger();
        executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
                runnable -> {
                    Thread thread = new Thread(runnable, "discord-commands-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public void execute(Runnable command) {
        executor.execute(command);
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
