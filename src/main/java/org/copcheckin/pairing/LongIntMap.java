package org.copcheckin.pairing;

import java.util.Arrays;

/**
 * An open-addressing map from non-zero long keys to int values; pair history of a large community is
 * hundreds of thousands of entries, looked up millions of times per round, so no boxing.
 */
final class LongIntMap {

    private final long[] keys;
    private final int[] values;
    private final int mask;

    LongIntMap(int expectedSize) {
        int capacity = Integer.highestOneBit(Math.max(4, expectedSize) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    /** Keeps the larger of the present and the given value. */
    void putMax(long key, int value) {
        int slot = slot(key);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = Math.max(values[slot], value);
    }

    /** @return the value, or 0 when absent */
    int get(long key) {
        int slot = slot(key);
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    int size() {
        return (int) Arrays.stream(keys).filter(key -> key != 0).count();
    }

    private int slot(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }
}
