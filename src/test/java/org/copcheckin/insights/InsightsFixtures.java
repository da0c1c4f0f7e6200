package org.copcheckin.insights;

import java.util.List;
import java.util.Set;

/**
 * A corpus of replies written for the tests, in the voice of school, shelter and youth-service staff, with the
 * personal data such replies really carry (names, e-mails, phone numbers, addresses, ids, dates of birth).
 * Every personal datum is listed in {@link Reply#personal()}, so tests can look for each one everywhere.
 */
public final class InsightsFixtures {

    /** One reply and the personal data inside it. */
    public record Reply(String text, List<String> personal) {
    }

    /** Display names the platform knows for the channel (the repliers themselves). */
    public static final Set<String> KNOWN_NAMES = Set.of("Dana Whitfield", "Kofi Mensah-Boateng", "Priya R.",
            "Tomasz Wojcik");

    public static final List<Reply> CHALLENGES = List.of(
            new Reply("Jordan Alvarez (DOB 04/12/2011) has missed 9 days since his family was evicted from "
                    + "1423 Maple Street Apt 4B. Mum says the landlord changed the locks; call her at 555-201-3344.",
                    List.of("Jordan", "Alvarez", "04/12/2011", "1423 Maple", "Maple Street", "Apt 4B", "555-201-3344")),
            new Reply("Our shelter beds were full again so we sent a 16 year old to the motel on Route 9. Case "
                    + "#2024-00871, worker is Ms. Okafor (tokafor@countydcfs.org).",
                    List.of("2024-00871", "Okafor", "tokafor@countydcfs.org", "countydcfs")),
            new Reply("Funding for the after-school bus runs out in June and the district says no money for "
                    + "transportation next year. Talked to Marisol about it.",
                    List.of("Marisol")),
            new Reply("Burnout is real: three staff quit this month and the caseload is 40 per worker. Kofi and "
                    + "I are covering nights.", List.of("Kofi")),
            new Reply("The Nguyen family can't get Medicaid renewed, the portal kept rejecting the forms. "
                    + "Student ID 20231145. Their email is thenguyens1987@gmail.com.",
                    List.of("Nguyen", "20231145", "thenguyens1987@gmail.com", "gmail")),
            new Reply("Chronic absence again: Tyreke Johnson at Lincoln Middle has 23 absences, mother works "
                    + "nights, no ride. Her cell is (312) 555-0199 ext 4.",
                    List.of("Tyreke", "Johnson", "(312) 555-0199", "555-0199")),
            new Reply("Coordinated entry assessments take weeks; the by-name list is stuck and referrals from "
                    + "schools sit in a queue. See https://hmis.example.org/case/55821 for the mess.",
                    List.of("hmis.example.org", "55821")),
            new Reply("Harm reduction: we handed out naloxone twice this week after overdoses near 88 Dundas "
                    + "St W. <@U07ABCDEF> knows the outreach worker.",
                    List.of("88 Dundas", "Dundas St", "U07ABCDEF")),
            new Reply("Child welfare opened a file on the Kowalczyk kids after a home visit; foster placement "
                    + "is likely. Grandma Irena wants kinship care. @dana.whitfield please follow up.",
                    List.of("Kowalczyk", "Irena", "dana.whitfield")),
            new Reply("Food insecurity is up: the pantry ran out of groceries by Wednesday and families are "
                    + "hungry over the weekend. Contact pantry lead at 416.555.7788.",
                    List.of("416.555.7788")),
            new Reply("Data sharing with the school board is blocked on consent forms; FERPA worries mean we "
                    + "can't see attendance. Priya has the MOU draft.", List.of("Priya")),
            new Reply("Youth aging out of foster care at 18 have nowhere to go. Destiny Carter, born "
                    + "March 3rd, 2008, sleeps on a friend's couch at 17 Birch Lane.",
                    List.of("Destiny", "Carter", "March 3rd, 2008", "17 Birch", "Birch Lane")),
            new Reply("Family engagement is hard when parents work two jobs; the interpreter didn't show "
                    + "for the Haitian Creole conference with Mrs. Baptiste.", List.of("Baptiste")),
            new Reply("Healthcare: a pregnant teen at our drop-in has no doctor and no insurance. Tomasz drove "
                    + "her to the clinic on 2200 Kingston Road.",
                    List.of("Tomasz", "2200 Kingston", "Kingston Road")),
            new Reply("Systems navigation is a maze: three different applications, each wants a birth "
                    + "certificate. Kenji Watanabe spent 4 hours on hold with benefits.",
                    List.of("Kenji", "Watanabe")),
            new Reply("We finally partnered with the library and two churches for a warm space. Volunteer "
                    + "coordinator is Abebe Girma, abebe.girma@stmarks-church.ca, 647 555 0142.",
                    List.of("Abebe", "Girma", "abebe.girma@stmarks-church.ca", "stmarks", "647 555 0142")));

    public static final List<Reply> WORDS = List.of(
            new Reply("Overwhelmed", List.of()),
            new Reply("overwhelmed - Jordan's case again", List.of("Jordan")),
            new Reply("Overwhelmed, honestly", List.of()),
            new Reply("Hopeful! Maria Lopez got housed", List.of("Maria", "Lopez")),
            new Reply("Exhausted. Call me at 555-867-5309 if you need cover", List.of("555-867-5309")),
            new Reply("hopeful", List.of()),
            new Reply("Tired", List.of()));

    private InsightsFixtures() {
    }
}
