package org.copcheckin.digest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.copcheckin.community.Community;
import org.copcheckin.community.PairingMode;
import org.copcheckin.insights.Cell;
import org.copcheckin.insights.TrendCells;
import org.copcheckin.insights.TrendKind;
import org.copcheckin.insights.TrendQuery;
import org.copcheckin.insights.WeekCells;
import org.copcheckin.support.Fixtures;

/** Published weeks and snapshots for the month, quarter and chart tests (k = 3). */
final class DigestFixtures {

    static final ZoneId ZONE = ZoneId.of("America/Toronto");
    static final Community COMMUNITY = new Community(1, Fixtures.channel("C-MONTH"), ZONE, 3, PairingMode.OPT_OUT,
            java.time.Instant.EPOCH);
    static final Map<String, String> LABELS = Map.of("housing", "Housing and landlords", "funding", "Funding",
            "transportation", "Transportation", "food-insecurity", "Food insecurity");

    private DigestFixtures() {
    }

    /** One week's published cells: {@code people} below 3 is a week whose participation is hidden. */
    static WeekCells week(LocalDate start, int people, Map<String, Integer> themes, Map<String, Integer> words) {
        Map<TrendKind, Map<String, Cell>> items = new EnumMap<>(TrendKind.class);
        items.put(TrendKind.THEME, cells(themes));
        items.put(TrendKind.WORD, cells(words));
        items.put(TrendKind.TERM, Map.of());
        return new WeekCells(start, false, people >= 3 ? OptionalInt.of(people) : OptionalInt.empty(),
                people >= 3 ? OptionalInt.of(people) : OptionalInt.empty(), items);
    }

    private static Map<String, Cell> cells(Map<String, Integer> counts) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        counts.forEach((item, n) -> cells.put(item, new Cell(item, Optional.empty(), n)));
        return cells;
    }

    /** A snapshot of the period {@code first} to {@code last} whose published weeks are {@code weeks}. */
    static TrendSnapshot snapshot(LocalDate first, LocalDate last, List<WeekCells> weeks) {
        return new TrendSnapshot(new TrendQuery(COMMUNITY, first, last, false),
                new TrendCells(3, weeks, OptionalInt.of(8), false), ZONE, Map.of("challenge", 4), LABELS,
                Optional.empty());
    }
}
