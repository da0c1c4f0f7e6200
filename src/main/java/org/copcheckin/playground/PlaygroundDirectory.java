package org.copcheckin.playground;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.Members;
import org.copcheckin.directory.Organisation;
import org.copcheckin.directory.PartnerDirectory;
import org.springframework.stereotype.Component;

/**
 * Fills in the personas' organisations and regions, and a few organisations of the directory, the first time the
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

    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("County 211 Helpline", Optional.of("East County"),
                    List.of("housing", "food-insecurity", "systems-navigation"), Optional.of("Dial 211, any time")),
            new Organisation("Harbor Housing Trust", Optional.of("North Valley"), List.of("housing"),
                    Optional.of("(555) 010-4400, walk-in Tuesday and Thursday mornings")),
            new Organisation("Eastside Family Shelter", Optional.of("East County"), List.of("housing", "food-insecurity"),
                    Optional.of("(555) 010-2000, intake desk Mon-Fri 9-5")));

    private final Communities communities;
    private final Members members;
    private final PartnerDirectory directory;

    PlaygroundDirectory(Communities communities, Members members, PartnerDirectory directory) {
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
        Community community = communities.findOrCreate(Personas.CHANNEL);
        if (members.all(community).stream().anyMatch(profile -> profile.region().isPresent())
                || !directory.organisations(community).isEmpty()) {
            return; // filled in before, and perhaps changed since: keep what is there
        }
        PROFILES.forEach((id, profile) -> {
            members.setOrganisation(community, id, profile.organisation());
            members.setRegion(community, id, profile.region());
            members.setOffers(community, id, profile.offers());
            members.setListed(community, id, profile.listed());
        });
        directory.saveAll(community, ORGANISATIONS, PartnerDirectory.Source.IMPORTED);
    }
}
