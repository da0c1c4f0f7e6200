package org.copcheckin.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.ReplyListener;
import org.copcheckin.community.Community;
import org.copcheckin.platform.ThreadReplyReceived;

/**
 * A reply listener that remembers the text each reply's analysis is shown, in test memory only, so a test sees
 * what the listeners get; and, when a test asks ({@link #hold}), holds the write of the replies it names inside
 * their commit until the test releases them, so that other replies queue up behind it. Imported by
 * {@link CoreSpringTest}, so it costs no context of its own.
 */
public class AnalysedReplies implements ReplyListener {

    public final List<String> texts = new CopyOnWriteArrayList<>();
    private volatile Hold hold;

    @Override
    public ReplyWrite prepare(Community community, CheckIn checkIn, ThreadReplyReceived reply, String deliveryKey) {
        texts.add(reply.text());
        Hold current = hold;
        if (current == null || !current.which.test(reply)) {
            return rows -> { };
        }
        return rows -> current.hold();
    }

    /** Holds the writes of the replies {@code which} accepts, from now until {@link Hold#release}. */
    public Hold hold(Predicate<ThreadReplyReceived> which) {
        Hold held = new Hold(which);
        hold = held;
        return held;
    }

    /** A hold on some replies' writes: the first one entered is {@link #entered}; released once, for all. */
    public final class Hold implements AutoCloseable {

        private final Predicate<ThreadReplyReceived> which;
        private final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Hold(Predicate<ThreadReplyReceived> which) {
            this.which = which;
        }

        /** Waits until a held write is inside its commit's transaction. */
        public void awaitEntered() throws InterruptedException {
            if (!entered.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no held reply was committed");
            }
        }

        public void release() {
            released.countDown();
        }

        /** Releases the held writes and holds no more. */
        @Override
        public void close() {
            release();
            if (hold == this) {
                hold = null;
            }
        }

        private void hold() {
            entered.countDown();
            try {
                if (!released.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the held reply");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
