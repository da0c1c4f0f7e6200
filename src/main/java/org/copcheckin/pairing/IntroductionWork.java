package org.copcheckin.pairing;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.copcheckin.platform.BulkCalls;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads pairing introductions run on, apart from the command, event and scheduler threads: a round of a
 * thousand groups takes about twenty minutes at Slack's pace for {@code conversations.open}, and holds one of
 * these, never a thread another command or an acknowledgement needs. Their platform calls are marked as bulk
 * ({@link BulkCalls}) so an adapter keeps part of each rate limit free for everything else.
 */
@Component
class IntroductionWork implements DisposableBean {

    /** Rounds of different communities introduce side by side; more wait their turn. */
    static final int THREADS = 2;
    /**
     * Groups introduced at once, over all rounds: a slow answer or a slow commit for one group does not hold up the
     * next, so a round goes at the pace the platform's limits allow rather than at one group per round trip.
     */
    static final int DELIVERIES = 4;

    private final ExecutorService executor;
    private final ExecutorService deliveries;

    IntroductionWork() {
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1_000),
                task -> {
                    Thread thread = new Thread(task, "pairing-introductions-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        AtomicInteger senders = new AtomicInteger();
        this.deliveries = new ThreadPoolExecutor(DELIVERIES, DELIVERIES, 60, TimeUnit.SECONDS,
                new java.util.concurrent.LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "pairing-delivery-" + senders.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** One group's introduction, on the delivery threads. */
    <T> CompletableFuture<T> deliver(Supplier<T> introduction) {
        return CompletableFuture.supplyAsync(() -> BulkCalls.during(introduction), deliveries);
    }

    <T> CompletableFuture<T> submit(Supplier<T> introductions) {
        return CompletableFuture.supplyAsync(() -> BulkCalls.during(introductions), executor);
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow(); // an interrupted round stays RUNNING and is finished by the next run
        deliveries.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        deliveries.awaitTermination(10, TimeUnit.SECONDS);
    }
}
