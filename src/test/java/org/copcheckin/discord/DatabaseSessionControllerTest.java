package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionController.SessionConnectNode;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two replicas' JDA session controllers on one database (H2 here, PostgreSQL in the subclass), fed JDA's
 * session connect requests, in virtual time: one bucket identifies once per 5 s whichever replica asks,
 * different buckets identify at once, and a replica that dies holding a turn blocks its bucket only for the lease.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseSessionControllerTest {

    private static final Instant START = Instant.parse("2031-03-04T12:00:00Z");
    private static final int SHARDS = 4;

    /** One IDENTIFY: which replica, which shard, when. */
    record Identified(String replica, int shard, Instant at) {
    }

    private IdentifyDatabases.Database database;
    private JdbcClient jdbc;
    private MutableClock clock;
    private VirtualTimer timer;
    private final List<Identified> identified = new CopyOnWriteArrayList<>();

    IdentifyDatabases.Database open() {
        return IdentifyDatabases.h2();
    }

    @BeforeAll
    void startDatabase() {
        database = open();
        jdbc = JdbcClient.create(database.dataSource());
    }

    @AfterAll
    void stopDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void freshTurns() {
        jdbc.sql("DELETE FROM discord_identify_slot").update();
        clock = new MutableClock(START);
        timer = new VirtualTimer(clock);
        identified.clear();
    }

    @Test
    void withOneBucketTheReplicasIdentifyFiveSecondsApartWhicheverAsks() {
        DatabaseSessionController a = replica();
        DatabaseSessionController b = replica();

        a.appendSession(node("a", 0));
        b.appendSession(node("b", 2));
        a.appendSession(node("a", 1));
        b.appendSession(node("b", 3));
        timer.runFor(Duration.ofMinutes(1));

        assertThat(identified).extracting(Identified::at).containsExactly(START, START.plusSeconds(5),
                START.plusSeconds(10), START.plusSeconds(15));
        assertThat(identified).extracting(Identified::shard).containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(identified.stream().filter(i -> i.replica().equals("a")).map(Identified::shard)).containsExactly(0, 1);
        assertThat(timer.pending()).as("both replicas stopped trying").isZero();
    }

    @Test
    void bucketsIdentifyAtOnceAndEachBucketFiveSecondsApart() {
        DatabaseSessionController a = replica();
        DatabaseSessionController b = replica();
        a.setConcurrency(2);
        b.setConcurrency(2);

        // bucket = shard % 2: shards 0 (a) and 2 (b) share bucket 0, shards 1 (a) and 3 (b) bucket 1
        a.appendSession(node("a", 0));
        a.appendSession(node("a", 1));
        b.appendSession(node("b", 2));
        b.appendSession(node("b", 3));
        timer.runFor(Duration.ofMinutes(1));

        assertThat(times(0)).containsExactly(START, START.plusSeconds(5));
        assertThat(times(1)).containsExactly(START, START.plusSeconds(5));
        assertThat(identified).filteredOn(i -> i.at().equals(START)).extracting(Identified::replica)
                .as("a claimed both buckets first").containsOnly("a");
    }

    @Test
    void theNextIdentifyWaitsFiveSecondsFromWhenTheSessionIsReadyNotFromWhenItStarted() {
        DatabaseSessionController a = replica();
        DatabaseSessionController b = replica();

        a.appendSession(node("a", 0, Duration.ofSeconds(2)));
        b.appendSession(node("b", 1));
        timer.runFor(Duration.ofMinutes(1));

        assertThat(identified).extracting(Identified::at).containsExactly(START, START.plusSeconds(7));
    }

    @Test
    void aReplicaWaitingBehindAnIdentifyStillUnderwayTakesTheBucketFiveSecondsAfterItIsReady() {
        DatabaseSessionController a = replica();
        DatabaseSessionController b = replica();
        // a's session is ready 12 s after it identified; b asked meanwhile and saw a's lease of 30 s
        a.appendSession(node("a", 0, Duration.ofSeconds(12)));
        b.appendSession(node("b", 1));
        timer.runFor(Duration.ofMinutes(1));

        assertThat(identified).extracting(Identified::at).containsExactly(START, START.plusSeconds(17));
    }

    @Test
    void aReplicaThatDiesWhileIdentifyingHoldsItsBucketOnlyForTheLease() {
        IdentifySlots slots = new IdentifySlots(jdbc, clock);
        assertThat(slots.claim(0, "gone@pod-that-died")).isZero();
        DatabaseSessionController b = replica();

        b.appendSession(node("b", 2));
        timer.runFor(Duration.ofMinutes(1));

        assertThat(identified).extracting(Identified::at).containsExactly(START.plus(IdentifySlots.LEASE));
        assertThat(jdbc.sql("SELECT holder FROM discord_identify_slot WHERE bucket = 0").query(String.class).single())
                .isEqualTo(b.holder());
    }

    @Test
    void aSessionThatCouldNotStartTriesAgainAtItsBucketsNextTurn() {
        DatabaseSessionController a = replica();
        AtomicInteger tries = new AtomicInteger();
        a.appendSession(new Node("a", 0, Duration.ZERO) {
            @Override
            public void run(boolean isLast) {
                if (tries.incrementAndGet() == 1) {
                    throw new IllegalStateException("Failed opening handshake");
                }
                super.run(isLast);
            }
        });
        timer.runFor(Duration.ofMinutes(1));

        assertThat(tries).hasValue(2);
        assertThat(identified).extracting(Identified::at).containsExactly(START.plusSeconds(5));
    }

    @Test
    void aSessionShutDownBeforeItsTurnNeverStarts() {
        DatabaseSessionController a = replica();
        DatabaseSessionController b = replica();
        a.appendSession(node("a", 0));
        timer.runFor(Duration.ZERO);
        Node shutDown = node("a", 1);
        a.appendSession(shutDown);
        b.appendSession(node("b", 2));

        a.removeSession(shutDown);
        timer.runFor(Duration.ofMinutes(1));

        assertThat(identified).extracting(Identified::shard).containsExactly(0, 2);
        assertThat(identified).extracting(Identified::at).containsExactly(START, START.plusSeconds(5));
    }

    @Test
    void asTheSameSessionTwiceItStartsOnce() {
        DatabaseSessionController a = replica();
        Node node = node("a", 0);
        a.appendSession(node);
        a.appendSession(node);
        timer.runFor(Duration.ofMinutes(1));

        assertThat(identified).hasSize(1);
    }

    private List<Instant> times(int bucket) {
        return identified.stream().filter(i -> i.shard() % 2 == bucket).map(Identified::at).toList();
    }

    private DatabaseSessionController replica() {
        return new DatabaseSessionController(new IdentifySlots(jdbc, clock), timer, null);
    }

    private Node node(String replica, int shard) {
        return node(replica, shard, Duration.ZERO);
    }

    private Node node(String replica, int shard, Duration untilReady) {
        return new Node(replica, shard, untilReady);
    }

    /** JDA's request to start one shard's session; running it is the IDENTIFY, then READY after a while. */
    private class Node implements SessionConnectNode {
        private final String replica;
        private final JDA.ShardInfo shard;
        private final Duration untilReady;

        Node(String replica, int shard, Duration untilReady) {
            this.replica = replica;
            this.shard = new JDA.ShardInfo(shard, SHARDS);
            this.untilReady = untilReady;
        }

        @Override
        public boolean isReconnect() {
            return false;
        }

        @Override
        public JDA getJDA() {
            throw new UnsupportedOperationException("the controller needs only the shard");
        }

        @Override
        public JDA.ShardInfo getShardInfo() {
            return shard;
        }

        @Override
        public void run(boolean isLast) {
            identified.add(new Identified(replica, shard.getShardId(), clock.instant()));
            clock.advance(untilReady);
        }
    }
}
