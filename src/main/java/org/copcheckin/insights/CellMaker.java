package org.copcheckin.insights;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The publishing rule for one week, in one place: from the week's pseudonymous rows to its published cells. An
 * item is published when at least k distinct people gave it, and a one-word answer is labelled with the form most
 * people typed when at least k typed exactly that. Participation is published when at least k people took part
 * (replied, or reacted to a prompt: a reaction counts as taking part, never as a term), split into those who
 * replied and those who only reacted when both are at least k.
 * Nothing is said about the rest, not even that it exists: a hidden item, and "other" (words outside the
 * vocabulary), are never counted in what leaves here, so changing them changes no published figure. Pure.
 */
final class CellMaker {

    /** A week's rows, gathered: who took part, and who gave each item (and each form typed). */
    static final class RawWeek {
        final Set<String> people = new HashSet<>();
        /** who reacted to a prompt (they may have replied too) */
        final Set<String> reacted = new HashSet<>();
        int replies;
        final Map<TrendKind, Map<String, Set<String>>> items = new EnumMap<>(TrendKind.class);
        final Map<String, Map<String, Set<String>>> forms = new HashMap<>();

        void reply(String person) {
            people.add(person);
            replies++;
        }

        void reacted(String person) {
            reacted.add(person);
        }

        void mention(TrendKind kind, String item, String form, String person) {
            items.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(item, i -> new HashSet<>()).add(person);
            if (form != null) {
                forms.computeIfAbsent(item, i -> new HashMap<>()).computeIfAbsent(form, f -> new HashSet<>()).add(person);
            }
        }
    }

    private CellMaker() {
    }

    static WeekCells publish(LocalDate week, boolean soFar, RawWeek raw, int communityK) {
        int k = KAnonymity.threshold(communityK);
        Set<String> tookPart = new HashSet<>(raw.people);
        tookPart.addAll(raw.reacted);
        boolean shown = tookPart.size() >= k;
        Map<TrendKind, Map<String, Cell>> items = new EnumMap<>(TrendKind.class);
        raw.items.forEach((kind, byItem) -> {
            Map<String, Cell> cells = cells(kind, byItem, raw.forms, k);
            if (!cells.isEmpty()) {
                items.put(kind, cells);
            }
        });
        howPeopleTookPart(raw, k).ifPresent(cells -> items.put(TrendKind.TAKEPART, cells));
        return new WeekCells(week, soFar, shown ? OptionalInt.of(tookPart.size())
                : OptionalInt.empty(), shown ? OptionalInt.of(raw.replies) : OptionalInt.empty(), items);
    }

    /**
     * Who replied and who only reacted, when both are at least k people: with either below k, the total and the
     * other part would give it away, so neither is published (the total still is).
     */
    private static Optional<Map<String, Cell>> howPeopleTookPart(RawWeek raw, int k) {
        Set<String> onlyReacted = new HashSet<>(raw.reacted);
        onlyReacted.removeAll(raw.people);
        if (onlyReacted.size() < k || raw.people.size() < k) {
            return Optional.empty();
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put(TrendKind.REPLIED, new Cell(TrendKind.REPLIED, Optional.empty(), raw.people.size()));
        cells.put(TrendKind.REACTED, new Cell(TrendKind.REACTED, Optional.empty(), onlyReacted.size()));
        return Optional.of(cells);
    }

    private static Map<String, Cell> cells(TrendKind kind, Map<String, Set<String>> byItem,
                                           Map<String, Map<String, Set<String>>> forms, int k) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        byItem.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Set<String>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    if (e.getValue().size() >= k && !Vocabulary.OTHER.equals(e.getKey())) {
                        Optional<String> label = kind == TrendKind.WORD ? label(forms.get(e.getKey()), k) : Optional.empty();
                        cells.put(e.getKey(), new Cell(e.getKey(), label, e.getValue().size()));
                    }
                });
        return cells;
    }

    /** The form most people typed, when at least k typed exactly it (ties: the form that sorts first). */
    private static Optional<String> label(Map<String, Set<String>> forms, int k) {
        if (forms == null) {
            return Optional.empty();
        }
        return forms.entrySet().stream().filter(e -> e.getValue().size() >= k)
                .max(Comparator.comparing((Map.Entry<String, Set<String>> e) -> e.getValue().size())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }
}
