package org.copcheckin.slack;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Work that runs after Slack got its acknowledgement (command answers, button presses). Kept apart from the
 * request threads so an ack never waits for it; not exposed as an {@code Executor} bean so Spring's own task
 * executor stays as it is.
 */
@SlackComponent
class SlackWork implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SlackWork.class);

    private final ExecutorService executor;

    SlackWork() {
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(4, 4, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(10_000),
                task -> {
                    Thread thread = new Thread(task, "slack-work-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Runs the task later; a failure is logged by its kind only (never with message content). */
    void submit(String what, Runnable task) {
        executor.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("Slack work '{}' failed: {}", what, e.getClass().getSimpleName());
            }
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}
