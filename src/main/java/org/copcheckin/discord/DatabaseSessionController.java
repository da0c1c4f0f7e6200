package org.copcheckin.discord;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * JDA's session controller, taking IDENTIFY turns through the database ({@link IdentifySlots}) instead of in
 * memory, so that replicas sharing the database never start two sessions of one {@code max_concurrency} bucket
 * ({@code shard id % max_concurrency}) within Discord's 5 s, while sessions of different buckets start at once.
 * As in JDA's {@code ConcurrentSessionController}, a bucket starts one session at a time in the order asked and
 * waits for it to identify before the next; a bucket that is not free is tried again when it will be (a
 * scheduled retry, never a spin). It also points JDA at a configured gateway (a proxy, a test stand-in).
 */
class DatabaseSessionController extends SessionControllerAdapter {

    /** Runs a task after a wait: a small scheduled pool in the app, virtual time in tests. */
    interface Timer {
        void after(Duration wait, Runnable task);

        /** At most this many buckets start sessions at once. */
        default void buckets(int count) {
        }

        default void close() {
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DatabaseSessionController.class);
    /** The wait before trying a bucket again when the database did not answer. */
    static final Duration DATABASE_RETRY = Duration.ofSeconds(1);

    private final IdentifySlots slots;
    private final Timer timer;
    private final String gateway;
    private final String holder;
    private final Map<Integer, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile int concurrency = 1;

    /**
     * @param gateway the gateway to connect to instead of Discord's (and of the one {@code gateway/bot} advises),
     *                or null
     */
    DatabaseSessionController(IdentifySlots slots, Timer timer, String gateway) {
        this.slots = slots;
        this.timer = timer;
        this.gateway = gateway;
        // the process (pid@host, the pod's name in Kubernetes) and this controller, as several run in one JVM in tests
        this.holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    DatabaseSessionController(IdentifySlots slots, String gateway) {
        this(slots, scheduledTimer(), gateway);
    }

    String holder() {
        return holder;
    }

    @Override
    public void setConcurrency(int level) {
        concurrency = Math.max(1, level);
        timer.buckets(concurrency);
    }

    @Override
    public void appendSession(SessionConnectNode node) {
        removeSession(node);
        int bucket = node.getShardInfo().getShardId() % concurrency;
        buckets.computeIfAbsent(bucket, Bucket::new).add(node);
    }

    @Override
    public void removeSession(SessionConnectNode node) {
        buckets.values().forEach(bucket -> bucket.queue.remove(node));
    }

    @Override
    public String getGateway() {
        return gateway == null ? super.getGateway() : gateway;
    }

    /** A ShardManager asks {@code GET gateway/bot}: keep Discord's advice on shards and concurrency. */
    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway advised = super.getShardedGateway(api);
        return gateway == null ? advised : new ShardedGateway(gateway, advised.getShardTotal(), advised.getConcurrency());
    }

    /** Stops trying; JDA has shut its sessions down first. */
    void close() {
        timer.close();
    }

    /** One bucket's queue of sessions waiting to start, and at most one pending try. */
    private final class Bucket {
        private final int id;
        private final Deque<SessionConnectNode> queue = new ConcurrentLinkedDeque<>();
        private boolean trying;

        Bucket(int id) {
            this.id = id;
        }

        void add(SessionConnectNode node) {
            queue.add(node);
            synchronized (this) {
                if (!trying) {
                    trying = true;
                    timer.after(Duration.ZERO, this::attempt);
                }
            }
        }

        /** @return false, and stop trying, when nothing waits (checked under the lock {@link #add} takes) */
        private synchronized boolean waiting() {
            trying = !queue.isEmpty();
            return trying;
        }

        private void attempt() {
            if (!waiting()) {
                return;
            }
            Duration wait;
            try {
                wait = slots.claim(id, holder);
            } catch (DataAccessException e) {
                log.warn("Discord session start waits: the database did not answer ({})", e.getClass().getSimpleName());
                wait = DATABASE_RETRY;
            }
            if (!wait.isZero()) {
                timer.after(wait, this::attempt);
                return;
            }
            SessionConnectNode node = queue.poll();
            if (node == null) {
                // removed (its shard shut down) since it was asked for
                free(() -> slots.unused(id, holder));
            } else {
                start(node);
                free(() -> slots.identified(id, holder));
            }
            timer.after(Duration.ZERO, this::attempt);
        }

        private void start(SessionConnectNode node) {
            JDA.ShardInfo shard = node.getShardInfo();
            log.debug("Discord shard {} identifies (bucket {} of {})", shard.getShardString(), id, concurrency);
            try {
                // returns once the session is ready, or queued to reconnect
                node.run(false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                queue.addFirst(node);
            } catch (IllegalStateException | ErrorResponseException e) {
                // JDA's messages name the problem (a failed handshake, a host not found) and never carry the token
                log.warn("Discord shard {} could not start a session ({}: {}); it waits for the bucket's next turn",
                        shard.getShardString(), e.getClass().getSimpleName(), e.getMessage());
                queue.add(node);
            }
        }

        private void free(Runnable release) {
            try {
                release.run();
            } catch (DataAccessException e) {
                log.warn("Could not free Discord's identify bucket {} ({}); it frees itself within {} s", id,
                        e.getClass().getSimpleName(), IdentifySlots.LEASE.toSeconds());
            }
        }
    }

    /** Daemon threads, as many as buckets start at once, that end when idle. */
    private static Timer scheduledTimer() {
        AtomicInteger count = new AtomicInteger();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "discord-identify-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setKeepAliveTime(30, TimeUnit.SECONDS);
        executor.allowCoreThreadTimeOut(true);
        executor.setRemoveOnCancelPolicy(true);
        return new Timer() {
            @Override
            public void after(Duration wait, Runnable task) {
                try {
                    executor.schedule(task, wait.toMillis(), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException e) {
                    // shut down: the sessions are gone too
                }
            }

            @Override
            public void buckets(int count) {
                executor.setCorePoolSize(Math.min(Math.max(1, count), 64));
            }

            @Override
            public void close() {
                executor.shutdownNow();
            }
        };
    }
}
