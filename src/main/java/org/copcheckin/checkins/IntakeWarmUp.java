package org.copcheckin.checkins;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ThreadRef;
import org.copcheckin.platform.ThreadReplyReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Takes made-up replies in through the whole intake at start-up, before the web server (and the Slack and Discord
 * connections) take any: the check-in lookup, the retry check, the anonymiser and analysis, and real group commits
 * of receipts, trend rows and participation, from several threads at once as a burst arrives, a retry now and then.
 * A freshly started app then meets its first thousands of replies with that code compiled, where it spent its first
 * seconds interpreting it while replies queued (the Slack benchmark's first rounds). Everything goes into a scratch
 * community of its own, which is deleted afterwards with all its rows, so no table keeps a trace; one left by a crash
 * during the warm-up is deleted at the next start. The replies are vocabulary words and phrases, with no names or
 * personal data, so nothing is reported to care. Not logged per reply, not counted in the reply metrics.
 * {@code cop.intake-warm-up} replies (default 3000), 0 for none; it stops after {@value #MAX_SECONDS} s whatever
 * is left, so a busy machine does not hold readiness back for long.
 */
@Component
class IntakeWarmUp implements SmartLifecycle {

    /** Every start's scratch channel is its own, so replicas starting together never delete each other's. */
    static final ChannelRef SCRATCH = new ChannelRef(PlatformKind.PLAYGROUND, "cop-intake-warm-up",
            "scratch-" + java.util.UUID.randomUUID());
    /** A scratch community older than this was left by a crash (a warm-up takes at most {@value #MAX_SECONDS} s). */
    private static final Duration LEFT_BY_A_CRASH = Duration.ofMinutes(10);
    static final int MAX_SECONDS = 10;
    private static final int THREADS = 4;
    private static final int THREADS_PER_CHECK_IN = 500;
    private static final List<String> REPLIES = List.of("Hopeful", "tired", "Grateful", "stretched, honestly",
            "Calm", "busy but motivated", "Overwhelmed", "proud of the team this week", "curious", "Drained",
            "Optimistic after the meeting", "steady", "Transport to appointments is the hardest part this week.",
            "More time for feedback would help the whole team.");
    private static final Set<String> KNOWN_NAMES = Set.of("Avery Northcott", "Quinn Ashby", "Rowan Penhallow",
            "Emerson Kingsley", "Harper Fairbairn", "Sage Thornbury");

    private static final Logger log = LoggerFactory.getLogger(IntakeWarmUp.class);

    private final ReplyIntake intake;
    private final Communities communities;
    private final CheckInStore store;
    private final Clock clock;
    private final int replies;
    private volatile boolean running;

    IntakeWarmUp(ReplyIntake intake, Communities communities, CheckInStore store, Clock clock,
                 @Value("${cop.intake-warm-up:3000}") int replies) {
        this.intake = intake;
        this.communities = communities;
        this.store = store;
        this.clock = clock;
        this.replies = Math.max(0, replies);
    }

    @Override
    public void start() {
        running = true;
        if (replies == 0) {
            return;
        }
        long started = System.nanoTime();
        try {
            int recorded = warm();
            log.info("Warmed the reply intake with {} made-up replies, committed and removed, in {} ms", recorded,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // a warm-up that failed costs the first replies some speed, never the start
            log.warn("The reply intake warm-up stopped: {}", e.getClass().getSimpleName());
        }
    }

    /** @return how many made-up replies were recorded (committed) before the scratch community was deleted */
    int warm() {
        // what a crash during an earlier warm-up left, on this replica or another
        communities.deleteScratchOf(SCRATCH.platform(), SCRATCH.workspaceId(), clock.instant().minus(LEFT_BY_A_CRASH));
        try {
            return warmIn(communities.findOrCreate(SCRATCH));
        } finally {
            communities.deleteScratch(SCRATCH);
        }
    }

    private int warmIn(Community community) {
        List<ThreadRef> threads = new ArrayList<>();
        for (int i = 0; i * THREADS_PER_CHECK_IN < replies; i++) {
            ThreadRef thread = new ThreadRef(SCRATCH, "warm-up-" + i);
            PromptKind kind = i % 2 == 0 ? PromptKind.WORD : PromptKind.CHALLENGE;
            store.insert(community.id(), kind, kind.name(), thread, OptionalLong.empty(), clock.instant(), "warm-up-" + i);
            threads.add(thread);
        }
        AtomicInteger recorded = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        long deadline = System.nanoTime() + Duration.ofSeconds(MAX_SECONDS).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "cop-intake-warm-up");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int i = first; i < replies && !stopping.get() && System.nanoTime() < deadline; i += THREADS) {
                        ThreadReplyReceived reply = reply(threads.get(i / THREADS_PER_CHECK_IN), i);
                        if (intake.warm(reply, true) == ReplyOutcome.RECORDED) {
                            recorded.incrementAndGet();
                        }
                        if (i % 10 == 9) {
                            intake.warm(reply, false); // Slack's retry of it: recognised, not counted again
                        }
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the intake warm-up", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("The intake warm-up failed", e.getCause());
        } finally {
            // the others stop at their next reply; never interrupted: H2 closes its file under an interrupted thread
            stopping.set(true);
            pool.shutdown();
            awaitQuietly(pool);
            threads.forEach(intake::forgetThread);
        }
        return recorded.get();
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(MAX_SECONDS + 30L, java.util.concurrent.TimeUnit.SECONDS)) {
                log.warn("The reply intake warm-up's threads did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ThreadReplyReceived reply(ThreadRef thread, int i) {
        return new ThreadReplyReceived(thread, new MemberRef(PlatformKind.PLAYGROUND, SCRATCH.workspaceId(),
                "warm-up-member-" + i), "warm-up-" + i, REPLIES.get(i % REPLIES.size()), clock.instant(), KNOWN_NAMES);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the analysis warm-up (phase 0), before the web server and the platform connections start. */
    @Override
    public int getPhase() {
        return 1;
    }
}
