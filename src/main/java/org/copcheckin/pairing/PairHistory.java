package org.copcheckin.pairing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Who met whom and when. {@code when} is any increasing number (epoch seconds, a round number): only the
 * order matters, a larger value being more recent. A triad records its three pairs.
 */
public final class PairHistory {

    private final List<Met> met = new ArrayList<>();

    public static PairHistory empty() {
        return new PairHistory();
    }

    public PairHistory record(String a, String b, long when) {
        if (!a.equals(b)) {
            met.add(new Met(a, b, when));
        }
        return this;
    }

    /** Records every pair within the group. */
    public PairHistory recordGroup(List<String> group, long when) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                record(group.get(i), group.get(j), when);
            }
        }
        return this;
    }

    public int size() {
        return met.size();
    }

    List<Met> entries() {
        return Collections.unmodifiableList(met);
    }

    record Met(String a, String b, long when) {
    }
}
