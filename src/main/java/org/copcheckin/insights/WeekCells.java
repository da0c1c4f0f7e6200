package org.copcheckin.insights;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One ISO week's published figures. Participation: distinct people and replies, present only when at least k
 * people took part (absent means fewer than k, or nobody: never which). Items: the published cells per kind, most
 * people first; every count in here is of at least k people.
 *
 * @param start  the week's Monday, in the community's zone
 * @param soFar  the current week, unfinished: only a facilitator's on-demand digest shows it, marked "so far"
 */
public record WeekCells(LocalDate start, boolean soFar, OptionalInt people, OptionalInt replies,
                        Map<TrendKind, Map<String, Cell>> items) {

    public WeekCells {
        Map<TrendKind, Map<String, Cell>> copy = new EnumMap<>(TrendKind.class);
        items.forEach((kind, cells) -> copy.put(kind, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells))));
        items = java.util.Collections.unmodifiableMap(copy);
    }

    /** The published cells of a kind, most people first. */
    public Map<String, Cell> cells(TrendKind kind) {
        return items.getOrDefault(kind, Map.of());
    }
}
