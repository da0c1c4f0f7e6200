package org.copcheckin.playground;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;

/** The one playground community and the people in it: a facilitator and five members. */
final class Personas {

    static final String WORKSPACE = "playground";
    static final String CHANNEL_ID = "cop-playground";
    static final ChannelRef CHANNEL = new ChannelRef(PlatformKind.PLAYGROUND, WORKSPACE, CHANNEL_ID);
    static final Persona FACILITATOR = new Persona("fran", "Fran", true);
    static final List<Persona> ALL = List.of(FACILITATOR,
            new Persona("ana", "Ana", false),
            new Persona("ben", "Ben", false),
            new Persona("chen", "Chen", false),
            new Persona("dee", "Dee", false),
            new Persona("eli", "Eli", false));

    private Personas() {
    }

    static Optional<Persona> find(String id) {
        return ALL.stream().filter(persona -> persona.id().equals(id)).findFirst();
    }

    /** The display name for a user id, as a chat client shows a mention; unknown ids stay as they are. */
    static String nameOf(String userId) {
        return find(userId).map(Persona::name).orElse(userId);
    }

    static Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        ALL.forEach(persona -> names.add(persona.name()));
        return names;
    }
}
