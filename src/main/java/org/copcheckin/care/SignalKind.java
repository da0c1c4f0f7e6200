package org.copcheckin.care;

/**
 * One kind of crisis signal as the signal list names it.
 *
 * @param id    stable identifier, e.g. {@code self-harm}, for settings, counters and tests
 * @param label what a facilitator reads in an alert, e.g. "possible self-harm"
 */
public record SignalKind(String id, String label) {

    public SignalKind {
        if (id == null || id.isBlank() || label == null || label.isBlank()) {
            throw new IllegalArgumentException("A signal kind needs an id and a label");
        }
    }
}
