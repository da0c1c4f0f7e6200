package org.copcheckin.pairing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.copcheckin.community.Language;

/**
 * Builds an eco-map round: members grouped within their organisation's region, across organisations, so each
 * group can chart its area's resources. Within a region the {@link GroupBuilder} rules hold (nobody left out,
 * other organisations preferred, fresh partners first). Members without a region, and anyone alone in theirs,
 * make mixed groups of their own; a single one left over joins the smallest group. Pure and deterministic.
 */
final class EcoMapGroups {

    /** What mixed groups are called, where a group has no one region (as stored; {@link #regionName} shows it). */
    static final String MIXED = "several regions";
    /** What a group of members without a region is called, as stored. */
    static final String NO_REGION = "no region given";

    /**
     * The round's groups, each group's region, and what the facilitator should know.
     *
     * @param regions the region of each group, in the order of the groups ({@link #MIXED} for a mixed one)
     * @param notes   members without a region or alone in theirs, and where they went (mentions, no names)
     */
    record Result(Grouping grouping, List<String> regions, List<RoundNote> notes) {
    }

    private EcoMapGroups() {
    }

    static Result build(List<Participant> members, Map<String, String> regionOf, PairHistory history, int size,
                        long seed) {
        return build(members, regionOf, history, size, seed, Language.EN);
    }

    /** @param l the community's language, for the notes and reasons the facilitator reads */
    static Result build(List<Participant> members, Map<String, String> regionOf, PairHistory history, int size,
                        long seed, Language l) {
        Map<String, List<Participant>> byRegion = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        List<Participant> noRegion = new ArrayList<>();
        for (Participant member : members) {
            Optional<String> region = Optional.ofNullable(regionOf.get(member.id())).map(String::strip)
                    .filter(r -> !r.isEmpty());
            if (region.isEmpty()) {
                noRegion.add(member);
                continue;
            }
            String key = region.get().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            spelling.putIfAbsent(key, region.get().replaceAll("\\s+", " "));
            byRegion.computeIfAbsent(key, k -> new ArrayList<>()).add(member);
        }
        List<List<String>> groups = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        List<Participant> alone = new ArrayList<>();
        int repeats = 0;
        int sameOrganisation = 0;
        for (Map.Entry<String, List<Participant>> region : byRegion.entrySet()) {
            if (region.getValue().size() < 2) {
                alone.addAll(region.getValue());
                continue;
            }
            Grouping grouping = GroupBuilder.build(region.getValue(), history, size, seed ^ region.getKey().hashCode());
            grouping.groups().forEach(group -> {
                groups.add(group);
                regions.add(spelling.get(region.getKey()));
            });
            repeats += grouping.repeatedPairs();
            sameOrganisation += grouping.sameOrganisationGroups();
        }
        List<Participant> rest = new ArrayList<>(alone);
        rest.addAll(noRegion);
        List<RoundNote> notes = new ArrayList<>();
        if (rest.size() >= 2) {
            Grouping grouping = GroupBuilder.build(rest, history, size, seed);
            grouping.groups().forEach(group -> {
                groups.add(group);
                regions.add(noRegion.size() == rest.size() ? NO_REGION : MIXED);
            });
            repeats += grouping.repeatedPairs();
            sameOrganisation += grouping.sameOrganisationGroups();
        } else if (rest.size() == 1 && !groups.isEmpty()) {
            int smallest = java.util.stream.IntStream.range(0, groups.size()).boxed()
                    .min(Comparator.comparingInt((Integer g) -> groups.get(g).size())).orElseThrow();
            List<String> joined = new ArrayList<>(groups.get(smallest));
            joined.add(rest.get(0).id());
            groups.set(smallest, joined);
            notes.add(new RoundNote("", List.of(RoundNote.Named.of(rest.get(0).id())),
                    l.text("pairing.note.joined", regionName(regions.get(smallest), l))));
        }
        if (groups.isEmpty()) {
            return new Result(Grouping.none(l.text(members.size() == 1 ? "pairing.reason.one" : "pairing.reason.nobody")),
                    List.of(), List.of());
        }
        if (!noRegion.isEmpty()) {
            notes.add(0, new RoundNote(l.text("pairing.note.no.region.lead"),
                    noRegion.stream().map(p -> RoundNote.Named.of(p.id())).toList(),
                    l.text(rest.size() >= 2 ? "pairing.note.no.region.together" : "pairing.note.no.region.room")));
        }
        if (!alone.isEmpty()) {
            notes.add(0, new RoundNote(l.text("pairing.note.alone"), alone.stream()
                    .map(p -> new RoundNote.Named(p.id(), regionOf.get(p.id()).strip())).toList(), ""));
        }
        return new Result(new Grouping(groups, repeats, sameOrganisation, Optional.empty()), regions, notes);
    }

    /** A group's region as the facilitator reads it: a member's own spelling, or the mixed names translated. */
    static String regionName(String region, Language l) {
        return switch (region) {
            case MIXED -> l.text("pairing.region.mixed");
            case NO_REGION -> l.text("pairing.region.none");
            default -> region;
        };
    }
}
