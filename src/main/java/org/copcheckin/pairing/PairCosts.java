package org.copcheckin.pairing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cost of putting two members together, by member index: a repeat costs more than any number of
 * same-organisation pairs, and a recent repeat more than an old one (so the least recent partners are
 * reused first); a same-organisation pair costs one.
 */
final class PairCosts {

    static final long REPEAT = 1L << 42;
    private static final int RECENCY_SHIFT = 21;
    private static final int MAX_RANK = 1023;

    private final int[] organisation;
    private final LongIntMap lastMet;

    private PairCosts(int[] organisation, LongIntMap lastMet) {
        this.organisation = organisation;
        this.lastMet = lastMet;
    }

    static PairCosts of(List<Participant> members, int[] organisation, PairHistory history) {
        Map<String, Integer> index = new HashMap<>(members.size() * 2);
        for (int i = 0; i < members.size(); i++) {
            index.put(members.get(i).id(), i);
        }
        List<PairHistory.Met> entries = history.entries();
        long[] known = new long[entries.size()];
        long[] whens = new long[entries.size()];
        int count = 0;
        for (PairHistory.Met met : entries) {
            Integer a = index.get(met.a());
            Integer b = index.get(met.b());
            if (a != null && b != null) {
                known[count] = key(a, b);
                whens[count++] = met.when();
            }
        }
        long[] distinct = Arrays.stream(whens, 0, count).sorted().distinct().toArray();
        LongIntMap lastMet = new LongIntMap(count);
        for (int i = 0; i < count; i++) {
            lastMet.putMax(known[i], rank(distinct, whens[i]));
        }
        return new PairCosts(organisation, lastMet);
    }

    /** 1 for the oldest meeting up to {@link #MAX_RANK} for the most recent; long histories share ranks. */
    private static int rank(long[] distinct, long when) {
        int position = Arrays.binarySearch(distinct, when);
        if (distinct.length <= MAX_RANK) {
            return position + 1;
        }
        return 1 + (int) ((long) position * (MAX_RANK - 1) / (distinct.length - 1));
    }

    static long key(int a, int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        return ((long) low << 32) | high;
    }

    long cost(int a, int b) {
        int rank = lastMet.get(key(a, b));
        long cost = rank == 0 ? 0 : REPEAT + ((long) rank << RECENCY_SHIFT);
        return sameOrganisation(a, b) ? cost + 1 : cost;
    }

    boolean metBefore(int a, int b) {
        return lastMet.get(key(a, b)) != 0;
    }

    boolean sameOrganisation(int a, int b) {
        return organisation[a] >= 0 && organisation[a] == organisation[b];
    }

    long groupCost(int[] group) {
        long cost = 0;
        for (int i = 0; i < group.length; i++) {
            for (int j = i + 1; j < group.length; j++) {
                cost += cost(group[i], group[j]);
            }
        }
        return cost;
    }
}
