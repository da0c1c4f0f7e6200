package org.copcheckin.insights;

import java.util.Optional;

/**
 * One published cell: an item (a stem, a theme id, a community phrase) of one kind in one week, counted over
 * {@code people} distinct people, always at least the community's k. A cell below k is never built: an item
 * missing from a week means "fewer than k people, or nobody", and never says which.
 *
 * @param label how to show a one-word answer: the form most people typed, when at least k typed exactly it
 */
public record Cell(String item, Optional<String> label, int people) {

    public Cell {
        if (people < KAnonymity.MINIMUM) {
            throw new IllegalArgumentException("A published cell counts at least " + KAnonymity.MINIMUM + " people");
        }
    }

    /** The label, or the item itself. */
    public String shown() {
        return label.orElse(item);
    }
}
