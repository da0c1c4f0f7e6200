package org.copcheckin.pairing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.CommandInvoked;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;

/** Members, organisations and simulated rounds for the grouping tests and the benchmark. */
public final class PairingFixtures {

    public static final String WORKSPACE = "T-PAIRING";
    private static final AtomicInteger CHANNELS = new AtomicInteger();

    private PairingFixtures() {
    }

    /** A channel no other test uses, so tests sharing a Spring context do not see each other's rounds. */
    public static ChannelRef freshChannel() {
        return new ChannelRef(PlatformKind.SLACK, WORKSPACE, "C-PAIR-" + CHANNELS.incrementAndGet());
    }

    public static MemberRef member(String userId) {
        return new MemberRef(PlatformKind.SLACK, WORKSPACE, userId);
    }

    public static List<ChannelMember> channelMembers(String... userIds) {
        List<ChannelMember> members = new ArrayList<>();
        for (String userId : userIds) {
            members.add(new ChannelMember(member(userId), "Name of " + userId, false));
        }
        return members;
    }

    /** {@code /cop <text>} from a facilitator (a platform admin). */
    public static CommandInvoked byFacilitator(ChannelRef channel, String text) {
        return new CommandInvoked(channel, member("U-FACILITATOR"), org.copcheckin.support.Fixtures.text(text), true);
    }

    public static CommandInvoked byMember(ChannelRef channel, String userId, String text) {
        return new CommandInvoked(channel, member(userId), org.copcheckin.support.Fixtures.text(text), false);
    }

    /** {@code count} members without an organisation: U001, U002, ... */
    public static List<Participant> members(int count) {
        return members("U", count);
    }

    public static List<Participant> members(String prefix, int count) {
        List<Participant> members = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            members.add(Participant.of(prefix + String.format("%03d", i)));
        }
        return members;
    }

    /** Members in organisations of the given sizes: Org-A gets the first size, Org-B the second, ... */
    public static List<Participant> inOrganisations(int... sizes) {
        List<Participant> members = new ArrayList<>();
        for (int org = 0; org < sizes.length; org++) {
            String name = "Org-" + (char) ('A' + org);
            for (int i = 1; i <= sizes[org]; i++) {
                members.add(Participant.of(name + "-" + i, name));
            }
        }
        return members;
    }

    /** Builds a round, records it in the history as met at {@code round}, and returns it. */
    public static Grouping playRound(List<Participant> members, PairHistory history, int size, int round) {
        Grouping grouping = GroupBuilder.build(members, history, size, 1_000L + round);
        grouping.groups().forEach(group -> history.recordGroup(group, round));
        return grouping;
    }

    /** How many times each unordered pair met in the given rounds. */
    public static Map<String, Integer> meetings(List<Grouping> rounds) {
        Map<String, Integer> met = new HashMap<>();
        for (Grouping round : rounds) {
            for (List<String> group : round.groups()) {
                for (int i = 0; i < group.size(); i++) {
                    for (int j = i + 1; j < group.size(); j++) {
                        met.merge(pairKey(group.get(i), group.get(j)), 1, Integer::sum);
                    }
                }
            }
        }
        return met;
    }

    /**
     * The counting bound on repeats: a round of n seats P pairs (pairs: n/2, or (n+3)/2 for an odd n with its
     * one triad; groups of three: n, n-2 or n-1 as n mod 3 is 0, 1 or 2, for the one or two pairs of the rest),
     * and only n(n-1)/2 pairs exist, so {@code rounds} rounds repeat at least max(0, rounds·P - n(n-1)/2).
     */
    public static long countingBound(int n, int size, int rounds) {
        long perRound;
        if (size == 2) {
            perRound = n % 2 == 0 ? n / 2 : (n + 3) / 2;
        } else {
            perRound = n % 3 == 0 ? n : n % 3 == 1 ? n - 2 : n - 1;
        }
        return Math.max(0, rounds * perRound - (long) n * (n - 1) / 2);
    }

    public static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a;
    }

    public static String organisationOf(List<Participant> members, String id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst()
                .flatMap(Participant::organisation).orElse("");
    }
}
