package org.copcheckin.pairing;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Someone who can be grouped: a platform user id and, when they gave one, their organisation. */
public record Participant(String id, Optional<String> organisation) {

    public Participant {
        Objects.requireNonNull(id, "id");
        organisation = organisation == null ? Optional.empty()
                : organisation.map(String::strip).filter(name -> !name.isEmpty());
    }

    public static Participant of(String id) {
        return new Participant(id, Optional.empty());
    }

    public static Participant of(String id, String organisation) {
        return new Participant(id, Optional.ofNullable(organisation));
    }

    /** Organisations compare without regard to case or surrounding spaces. */
    Optional<String> organisationKey() {
        return organisation.map(name -> name.toLowerCase(Locale.ROOT));
    }
}
