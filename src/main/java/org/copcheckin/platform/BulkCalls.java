package org.copcheckin.platform;

import java.util.function.Supplier;

/**
 * Marks platform calls made by long bulk work (a pairing round's introductions) so an adapter can pace them in a
 * lane of their own and keep part of each rate limit free for everything else (commands, digests, answers).
 */
public final class BulkCalls {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private BulkCalls() {
    }

    /** Runs the work with its platform calls marked as bulk. */
    public static <T> T during(Supplier<T> work) {
        boolean outer = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return work.get();
        } finally {
            ACTIVE.set(outer);
        }
    }

    /** Whether the current thread's platform calls are bulk work. */
    public static boolean active() {
        return ACTIVE.get();
    }
}
