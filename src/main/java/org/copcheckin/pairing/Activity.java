package org.copcheckin.pairing;

/** What a round's groups are asked to do: the partner activity, or an eco-map of their area's resources. */
public enum Activity {
    PARTNER, ECOMAP
}
