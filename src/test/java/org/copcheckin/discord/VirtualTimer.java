package org.copcheckin.discord;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

import org.copcheckin.support.MutableClock;

/**
 * The session controllers' timer in virtual time: tasks run on the test's thread in the order they fall due,
 * with the clock moved to each one's time. One timer can serve several controllers (replicas) at once.
 */
final class VirtualTimer implements DatabaseSessionController.Timer {

    private record Task(Instant due, long order, Runnable run) {
    }

    private final MutableClock clock;
    private final PriorityQueue<Task> tasks =
            new PriorityQueue<>(Comparator.comparing(Task::due).thenComparingLong(Task::order));
    private long order;

    VirtualTimer(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void after(Duration wait, Runnable task) {
        tasks.add(new Task(clock.instant().plus(wait), order++, task));
    }

    /** Runs every task due within {@code span} from now, then sets the clock to the end of it. */
    void runFor(Duration span) {
        Instant end = clock.instant().plus(span);
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.due().isAfter(end)) {
                    break;
                }
                tasks.poll();
            }
            if (next.due().isAfter(clock.instant())) {
                clock.set(next.due());
            }
            next.run().run();
        }
        if (end.isAfter(clock.instant())) {
            clock.set(end);
        }
    }

    /** Tries pending: a controller still waiting for a turn. */
    synchronized int pending() {
        return tasks.size();
    }
}
