package org.copcheckin.playground;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.community.Members;
import org.copcheckin.directory.Organisation;
import org.copcheckin.directory.PartnerDirectory;
import org.springframework.stereotype.Component;

/**
 * Fills in the personas' organisations and regions, a few organisations of the directory and the French and Spanish
 * channels' languages, the first time the
 * playground is used on a database (not at start-up, so an app that never opens the playground keeps nothing of
 * it), so the partner directory and eco-map rounds have something to show. Two
 * regions, three organisations each: an eco-map round makes one group per region, across organisations.
 */
@Component
@ConditionalOnPlayground
class PlaygroundDirectory {

    /** A persona's organisation, its region and what it offers (theme ids and words). */
    record Profile(String organisation, String region, List<String> offers, boolean listed) {
    }

    static final Map<String, Profile> PROFILES = Map.of(
            "fran", new Profile("Eastside Unified district office", "East County", List.of("attendance"), true),
            "ana", new Profile("Eastside Family Shelter", "East County", List.of("housing", "food-insecurity"), true),
            "ben", new Profile("Eastside Unified Schools", "East County", List.of("transportation", "attendance"), false),
            "chen", new Profile("Northside Youth Services", "North Valley", List.of("under-18-youth", "mental-health"), false),
            "dee", new Profile("Valley Food Network", "North Valley", List.of("food-insecurity", "transportation"), true),
            "eli", new Profile("North Valley Clinic", "North Valley", List.of("healthcare", "mental-health"), false));

    /** The French channel's people: a school service centre, family and youth groups and a clinic of Québec City. */
    static final Map<String, Profile> FRENCH_PROFILES = Map.of(
            "isabelle", new Profile("Centre de services scolaire de la Capitale", "Limoilou", List.of("attendance"), true),
            "chloe", new Profile("École secondaire Jean-de-Brébeuf", "Limoilou", List.of("attendance", "under-18-youth"), false),
            "sophie", new Profile("Maison de la famille de Limoilou", "Limoilou", List.of("family-engagement", "food-insecurity"), true),
            "karim", new Profile("Carrefour jeunesse-emploi de la Capitale", "Haute-Ville", List.of("under-18-youth"), false),
            "nathalie", new Profile("CLSC de la Haute-Ville", "Haute-Ville", List.of("healthcare", "mental-health"), true),
            "etienne", new Profile("Office municipal d’habitation", "Haute-Ville", List.of("housing"), false));

    /** The Spanish channel's people: a school district, a family centre, a clinic and a food bank of the Yakima valley. */
    static final Map<String, Profile> SPANISH_PROFILES = Map.of(
            "lucia", new Profile("Distrito Escolar del Valle", "Valle Bajo", List.of("attendance"), true),
            "mateo", new Profile("Escuela Secundaria del Valle", "Valle Bajo", List.of("attendance", "transportation"), false),
            "valentina", new Profile("Centro Comunitario La Familia", "Valle Bajo", List.of("family-engagement", "housing"), true),
            "diego", new Profile("Servicios Juveniles del Valle", "Valle Alto", List.of("under-18-youth"), false),
            "camila", new Profile("Clínica Comunitaria del Valle", "Valle Alto", List.of("healthcare", "mental-health"), true),
            "andres", new Profile("Banco de Alimentos del Valle", "Valle Alto", List.of("food-insecurity"), false));

    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("County 211 Helpline", Optional.of("East County"),
                    List.of("housing", "food-insecurity", "systems-navigation"), Optional.of("Dial 211, any time")),
            new Organisation("Harbor Housing Trust", Optional.of("North Valley"), List.of("housing"),
                    Optional.of("(555) 010-4400, walk-in Tuesday and Thursday mornings")),
            new Organisation("Eastside Family Shelter", Optional.of("East County"), List.of("housing", "food-insecurity"),
                    Optional.of("(555) 010-2000, intake desk Mon-Fri 9-5")));

    static final List<Organisation> FRENCH_ORGANISATIONS = List.of(
            new Organisation("Info-Social 811", Optional.of("Haute-Ville"), List.of("mental-health", "systems-navigation"),
                    Optional.of("Composez le 811, jour et nuit")),
            new Organisation("Moisson Québec", Optional.of("Limoilou"), List.of("food-insecurity"),
                    Optional.of("(555) 010-3300, du lundi au vendredi")));

    static final List<Organisation> SPANISH_ORGANISATIONS = List.of(
            new Organisation("Línea 211 del Condado", Optional.of("Valle Bajo"),
                    List.of("housing", "food-insecurity", "systems-navigation"), Optional.of("Marque 211, a toda hora")),
            new Organisation("Vivienda Justa del Valle", Optional.of("Valle Alto"), List.of("housing"),
                    Optional.of("(555) 010-5500, martes y jueves por la mañana")));

    /** What each channel starts with: its people's profiles and a few organisations of its directory. */
    private record Seed(Map<String, Profile> profiles, List<Organisation> organisations) {
    }

    private static final Map<String, Seed> SEEDS = Map.of(
            Personas.CHANNEL_ID, new Seed(PROFILES, ORGANISATIONS),
            Personas.FRENCH_CHANNEL_ID, new Seed(FRENCH_PROFILES, FRENCH_ORGANISATIONS),
            Personas.SPANISH_CHANNEL_ID, new Seed(SPANISH_PROFILES, SPANISH_ORGANISATIONS));

    private final Communities communities;
    private final Members members;
    private final PartnerDirectory directory;

    private final CommunityLanguages languages;

    PlaygroundDirectory(Communities communities, Members members, PartnerDirectory directory,
                        CommunityLanguages languages) {
        this.languages = languages;
        this.communities = communities;
        this.members = members;
        this.directory = directory;
    }

    private final AtomicBoolean filledIn = new AtomicBoolean();

    /** Fills in once per run of the app; later calls do nothing. */
    void fillInOnce() {
        if (filledIn.compareAndSet(false, true)) {
            fillIn();
        }
    }

    private void fillIn() {
        Personas.CHANNELS.forEach(this::fillIn);
    }

    /** The French and Spanish channels work in their language from the start; a facilitator may change it. */
    private void fillIn(Personas.Channel channel) {
        Community community = communities.findOrCreate(channel.ref());
        if (members.all(community).stream().anyMatch(profile -> profile.region().isPresent())
                || !directory.organisations(community).isEmpty()) {
            return; // filled in before, and perhaps changed since: keep what is there
        }
        if (channel.language() != Language.EN) {
            languages.change(community.id(), channel.language());
        }
        Seed seed = SEEDS.get(channel.id());
        seed.profiles().forEach((id, profile) -> {
            members.setOrganisation(community, id, profile.organisation());
            members.setRegion(community, id, profile.region());
            members.setOffers(community, id, profile.offers());
            members.setListed(community, id, profile.listed());
        });
        directory.saveAll(community, seed.organisations(), PartnerDirectory.Source.IMPORTED);
    }
}
