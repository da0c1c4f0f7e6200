package org.copcheckin.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.copcheckin.pairing.PairingFixtures;
import org.copcheckin.pairing.Participant;

/**
 * The approach common pairing bots take, for comparison: shuffle the members, pair them off (an odd one out
 * joins the last pair), and if any pair met before shuffle again, up to {@code tries} times; then accept the
 * last shuffle.
 */
final class ShuffleAndRetry {

    private final int tries;
    private final Random random;

    ShuffleAndRetry(int tries, long seed) {
        this.tries = tries;
        this.random = new Random(seed);
    }

    List<List<String>> build(List<Participant> members, Set<String> metBefore) {
        List<String> ids = new ArrayList<>(members.stream().map(Participant::id).toList());
        List<List<String>> groups = List.of();
        for (int attempt = 0; attempt < tries; attempt++) {
            Collections.shuffle(ids, random);
            groups = pairOff(ids);
            if (repeats(groups, metBefore) == 0) {
                break;
            }
        }
        return groups;
    }

    static int repeats(List<List<String>> groups, Set<String> metBefore) {
        int repeats = 0;
        for (List<String> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    repeats += metBefore.contains(PairingFixtures.pairKey(group.get(i), group.get(j))) ? 1 : 0;
                }
            }
        }
        return repeats;
    }

    private static List<List<String>> pairOff(List<String> ids) {
        List<List<String>> groups = new ArrayList<>(ids.size() / 2);
        for (int i = 0; i + 1 < ids.size(); i += 2) {
            groups.add(new ArrayList<>(List.of(ids.get(i), ids.get(i + 1))));
        }
        if (ids.size() % 2 == 1 && !groups.isEmpty()) {
            groups.get(groups.size() - 1).add(ids.get(ids.size() - 1));
        }
        return groups;
    }
}
