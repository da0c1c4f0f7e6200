package org.copcheckin.playground;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.copcheckin.community.Language;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;

/**
 * The playground's communities and the people in them: an English channel, a French one (Québec) and a Spanish
 * one (Washington State), each with a facilitator and five members of different organisations. Persona ids are
 * unique across the channels, so a persona says which channel it is in.
 */
final class Personas {

    static final String WORKSPACE = "playground";
    static final String CHANNEL_ID = "cop-playground";
    static final ChannelRef CHANNEL = new ChannelRef(PlatformKind.PLAYGROUND, WORKSPACE, CHANNEL_ID);
    static final String FRENCH_CHANNEL_ID = "cdp-terrain";
    static final String SPANISH_CHANNEL_ID = "cop-campo";

    /** One community of the playground: its channel, its language and who facilitates it. */
    record Channel(String id, Language language, Persona facilitator, List<Persona> personas) {

        ChannelRef ref() {
            return new ChannelRef(PlatformKind.PLAYGROUND, WORKSPACE, id);
        }
    }

    static final Persona FACILITATOR = new Persona("fran", "Fran", true);
    static final List<Persona> ENGLISH = List.of(FACILITATOR,
            new Persona("ana", "Ana", false),
            new Persona("ben", "Ben", false),
            new Persona("chen", "Chen", false),
            new Persona("dee", "Dee", false),
            new Persona("eli", "Eli", false));
    static final List<Persona> FRENCH = List.of(new Persona("isabelle", "Isabelle", true, FRENCH_CHANNEL_ID),
            new Persona("chloe", "Chloé", false, FRENCH_CHANNEL_ID),
            new Persona("sophie", "Sophie", false, FRENCH_CHANNEL_ID),
            new Persona("karim", "Karim", false, FRENCH_CHANNEL_ID),
            new Persona("nathalie", "Nathalie", false, FRENCH_CHANNEL_ID),
            new Persona("etienne", "Étienne", false, FRENCH_CHANNEL_ID));
    static final List<Persona> SPANISH = List.of(new Persona("lucia", "Lucía", true, SPANISH_CHANNEL_ID),
            new Persona("mateo", "Mateo", false, SPANISH_CHANNEL_ID),
            new Persona("valentina", "Valentina", false, SPANISH_CHANNEL_ID),
            new Persona("diego", "Diego", false, SPANISH_CHANNEL_ID),
            new Persona("camila", "Camila", false, SPANISH_CHANNEL_ID),
            new Persona("andres", "Andrés", false, SPANISH_CHANNEL_ID));

    static final List<Channel> CHANNELS = List.of(
            new Channel(CHANNEL_ID, Language.EN, FACILITATOR, ENGLISH),
            new Channel(FRENCH_CHANNEL_ID, Language.FR, FRENCH.get(0), FRENCH),
            new Channel(SPANISH_CHANNEL_ID, Language.ES, SPANISH.get(0), SPANISH));

    /** Everyone, in every channel. */
    static final List<Persona> ALL = Stream.of(ENGLISH, FRENCH, SPANISH).flatMap(List::stream).toList();

    private Personas() {
    }

    static Optional<Persona> find(String id) {
        return ALL.stream().filter(persona -> persona.id().equals(id)).findFirst();
    }

    static Optional<Channel> channel(String channelId) {
        return CHANNELS.stream().filter(channel -> channel.id().equals(channelId)).findFirst();
    }

    /** The channel a persona is in. */
    static Channel channelOf(Persona persona) {
        return channel(persona.channelId()).orElseThrow();
    }

    static boolean isChannel(String channelId) {
        return channel(channelId).isPresent();
    }

    /** The display name for a user id, as a chat client shows a mention; unknown ids stay as they are. */
    static String nameOf(String userId) {
        return find(userId).map(Persona::name).orElse(userId);
    }

    /** Every persona's name, in every channel: the anonymiser's known names (a reply may name anyone). */
    static Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        ALL.forEach(persona -> names.add(persona.name()));
        return names;
    }
}
