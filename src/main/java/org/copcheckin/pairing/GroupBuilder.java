package org.copcheckin.pairing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Builds one round's groups: a pure, deterministic function of the members (with their organisations), who
 * met whom when, the group size and a seed that changes per round. Nobody is left out (an odd count makes one
 * triad); no pair meets again while a fresh partner exists (pairs follow a round-robin schedule and, for
 * {@code n ≡ 3 (mod 6)}, triads a Kirkman design, both over a stable order of the members); when repeats
 * cannot be avoided the least recent partners are reused first; members of different organisations are preferred where that costs no repeat.
 */
public final class GroupBuilder {

    private GroupBuilder() {
    }

    /** @param size 2 (pairs, one triad for an odd count) or 3 (triads, with one or two pairs for the rest) */
    public static Grouping build(List<Participant> members, PairHistory history, int size, long seed) {
        if (size != 2 && size != 3) {
            throw new IllegalArgumentException("Groups are of size 2 or 3, not " + size);
        }
        List<Participant> distinct = distinctById(members);
        if (distinct.isEmpty()) {
            return Grouping.none("nobody is available for pairing");
        }
        if (distinct.size() == 1) {
            return Grouping.none("only one member is available for pairing, and a round needs at least two");
        }
        int[] organisation = organisationCodes(distinct);
        PairCosts costs = PairCosts.of(distinct, organisation, history);
        int[] order = stableOrder(distinct, organisation);
        List<int[]> groups;
        if (size == 2) {
            groups = new RoundRobinSchedule(order).bestRound(costs, seed);
            search(groups, costs, seed, true);
        } else {
            groups = triads(order, costs, seed);
        }
        return result(groups, distinct, costs, seed);
    }

    /** A fresh round of the Kirkman design when the count has one, else the searched round with fewer repeats. */
    private static List<int[]> triads(int[] order, PairCosts costs, long seed) {
        Optional<TriadSchedule> design = TriadSchedule.forCount(order.length);
        List<int[]> scheduled = List.of();
        if (design.isPresent()) {
            scheduled = design.get().bestRound(order, costs, seed);
            search(scheduled, costs, seed, true);
            if (repeats(scheduled, costs) == 0) {
                return scheduled;
            }
        }
        List<int[]> greedy = WindowGreedy.triads(order, costs, seed);
        search(greedy, costs, seed, false);
        return design.isPresent() && repeats(scheduled, costs) <= repeats(greedy, costs) ? scheduled : greedy;
    }

    /**
     * Quick repairs first, then, while a repeat is left, the tabu search; then the quick repairs again for
     * groups within one organisation.
     */
    private static void search(List<int[]> groups, PairCosts costs, long seed, boolean scheduled) {
        GroupRepair.repair(groups, costs, seed, scheduled);
        if (RoundSearch.improve(groups, costs, seed)) {
            GroupRepair.repair(groups, costs, seed, false);
        }
    }

    private static long repeats(List<int[]> groups, PairCosts costs) {
        return groups.stream().mapToLong(group -> costs.groupCost(group) / PairCosts.REPEAT).sum();
    }

    private static List<Participant> distinctById(List<Participant> members) {
        Map<String, Participant> byId = new LinkedHashMap<>();
        members.forEach(member -> byId.putIfAbsent(member.id(), member));
        return new ArrayList<>(byId.values());
    }

    /** One code per organisation, -1 for none; members without one never count as the same organisation. */
    private static int[] organisationCodes(List<Participant> members) {
        Map<String, Integer> codes = new HashMap<>();
        return members.stream().mapToInt(member -> member.organisationKey()
                .map(key -> codes.computeIfAbsent(key, k -> codes.size())).orElse(-1)).toArray();
    }

    /**
     * The same order whenever the membership and organisations are the same (so the circle schedule is too):
     * organisations in blocks, largest first, so the two halves of the schedule share few organisations
     * (see {@link RoundRobinSchedule}); within a block, by a fixed hash of the id.
     */
    private static int[] stableOrder(List<Participant> members, int[] organisation) {
        Map<Integer, Integer> blockSize = new HashMap<>();
        for (int code : organisation) {
            blockSize.merge(code, 1, Integer::sum);
        }
        Comparator<Integer> byBlock = Comparator.comparingInt(i -> organisation[i] < 0 ? 1 : 0);
        byBlock = byBlock.thenComparing(i -> -blockSize.get(organisation[i]))
                .thenComparing(i -> organisation[i] < 0 ? "" : members.get(i).organisationKey().orElse(""))
                .thenComparingLong(i -> mix(members.get(i).id().hashCode()))
                .thenComparing(i -> members.get(i).id());
        return IntStream.range(0, members.size()).boxed().sorted(byBlock).mapToInt(Integer::intValue).toArray();
    }

    private static Grouping result(List<int[]> groups, List<Participant> members, PairCosts costs, long seed) {
        List<List<String>> named = new ArrayList<>(groups.size());
        int repeats = 0;
        int sameOrganisation = 0;
        for (int[] group : groups) {
            boolean same = false;
            for (int i = 0; i < group.length; i++) {
                for (int j = i + 1; j < group.length; j++) {
                    repeats += costs.metBefore(group[i], group[j]) ? 1 : 0;
                    same |= costs.sameOrganisation(group[i], group[j]);
                }
            }
            sameOrganisation += same ? 1 : 0;
            named.add(sharerFirst(group, members, seed));
        }
        return new Grouping(named, repeats, sameOrganisation, Optional.empty());
    }

    /** Who shares first changes with the seed, so it is not always the same person. */
    private static List<String> sharerFirst(int[] group, List<Participant> members, long seed) {
        String[] ids = Arrays.stream(group).mapToObj(i -> members.get(i).id()).sorted().toArray(String[]::new);
        int first = (int) Math.floorMod(mix(seed ^ ids[0].hashCode()), (long) ids.length);
        List<String> ordered = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            ordered.add(ids[(first + i) % ids.length]);
        }
        return ordered;
    }

    /** SplitMix64's finaliser: spreads seeds and hashes evenly. */
    static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
