package org.copcheckin.insights;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A corpus of replies naming the children and families these communities serve, written for the privacy tests:
 * names of many languages and communities (Vietnamese, Somali, Hmong, Punjabi, Ukrainian, Latin American,
 * European, Arabic, West African, Haitian, Chinese and Korean, Diné, and English names that are also words),
 * nicknames and school names, each typed the ways staff type them: capitalised mid-sentence, opening a sentence,
 * in lower case, in capitals, with and without accents, with hyphens and possessives. Every name part is a needle
 * that no table may hold after ingestion. The replies' other words avoid the name-words on purpose ("a long wait"
 * would be a legitimate "long"), so a needle found is always a leak.
 */
public final class NameCorpus {

    /** A reply and the name parts it holds. */
    public record Reply(String text, List<String> names) {
    }

    /** First name, surname: as a parent would write them, with accents where the name has them. */
    static final List<String[]> PEOPLE = List.of(
            // Vietnamese
            n("Nguyễn", "An"), n("Trần", "Mai"), n("Lê", "Đức"), n("Phạm", "Thu"), n("Hoàng", "Bảo"), n("Huỳnh", "Tâm"),
            n("Võ", "Quốc"), n("Đặng", "Lan"),
            // Somali
            n("Abdirahman", "Warsame"), n("Hodan", "Farah"), n("Mohamed", "Abdi"), n("Fadumo", "Hassan"),
            n("Ayaan", "Jama"), n("Ilhan", "Nur"), n("Khadra", "Osman"), n("Zamzam", "Ali"),
            // Hmong
            n("Pa", "Vang"), n("Xee", "Yang"), n("Tou", "Lor"), n("Kou", "Xiong"), n("Nou", "Thao"), n("Mai", "Moua"),
            n("Chue", "Her"), n("Blia", "Lee"),
            // Punjabi
            n("Gurpreet", "Singh"), n("Harpreet", "Kaur"), n("Jaspreet", "Gill"), n("Manpreet", "Sandhu"),
            n("Simran", "Dhillon"), n("Arjun", "Grewal"), n("Navdeep", "Sidhu"), n("Rajvir", "Dhaliwal"),
            // Ukrainian
            n("Oksana", "Shevchenko"), n("Taras", "Kovalenko"), n("Olena", "Bondarenko"), n("Mykola", "Tkachenko"),
            n("Yulia", "Kravchenko"), n("Bohdan", "Melnyk"), n("Iryna", "Boyko"), n("Andriy", "Lysenko"),
            // Latin American
            n("José", "Hernández"), n("María", "Ramírez"), n("Jesús", "Alvarado"), n("Ximena", "Castillo"),
            n("Guadalupe", "Ortiz"), n("Juan", "Reyes"), n("Itzel", "Gutiérrez"), n("Maricela", "Vázquez"),
            n("Yesenia", "Quintero"), n("Joaquín", "Peña"),
            // European
            n("Zoë", "O'Brien"), n("Chloé", "Dubois"), n("Søren", "Nielsen"), n("Łukasz", "Nowak"),
            n("Małgorzata", "Kowalska"), n("Siobhán", "Murphy"), n("Björn", "Andersson"), n("Fionnuala", "Byrne"),
            // Arabic
            n("Youssef", "El-Amin"), n("Fatima", "Al-Sayed"), n("Omar", "Haddad"), n("Layla", "Nasser"),
            n("Khalid", "Mansour"),
            // West African
            n("Chukwuemeka", "Okafor"), n("Adaeze", "Nwosu"), n("Kwame", "Asante"), n("Akua", "Boateng"),
            n("Oluwaseun", "Adeyemi"),
            // Haitian
            n("Jean-Baptiste", "Pierre"), n("Marie-Claude", "Joseph"), n("Wilnick", "Étienne"),
            // Chinese and Korean
            n("Wei", "Chen"), n("Xiaoling", "Zhang"), n("Ji-woo", "Park"), n("Min-jun", "Kim"), n("Seo-yeon", "Song"),
            // Diné and other Indigenous families
            n("Nakoma", "Begay"), n("Winona", "Tsosie"), n("Takoda", "Yazzie"),
            // English names that are also words
            n("Hope", "Williams"), n("Will", "Jackson"), n("Rose", "Martin"), n("Grace", "Long"), n("Faith", "Brown"),
            n("Mark", "Young"), n("Destiny", "Green"), n("Precious", "Park"), n("Chase", "Walker"), n("Hunter", "Gray"));

    static final List<String> NICKNAMES = List.of("Lupe", "Chuy", "Memo", "Paco", "Beto", "Lalo", "Mikey", "Lexi",
            "Izzy", "Jojo", "Dre", "Tavo");

    static final List<String> SCHOOLS = List.of("Lincoln", "Roosevelt", "Chavez", "Jefferson", "Tubman", "Kennedy");

    private static final List<String> NAME_TEMPLATES = List.of(
            "I met with %1$s %2$s and her mom about the eviction notice.",
            "%1$s %2$s missed school again this week because the bus never came.",
            "talked to %3$s %4$s and his dad about the housing waitlist",
            "%5$s %6$s NEEDS A BUS PASS AND A WINTER COAT",
            "%3$s's family was evicted and the shelter is full",
            "The counsellor called %1$s's grandmother about attendance.",
            "we connected %3$s with the food pantry, %3$s said thanks",
            "Mrs. %2$s asked for an interpreter for the school meeting.",
            "the %4$s family still has no heat, the landlord ignores them",
            "%1$s and %2$s moved to a motel; %1$s cried at intake.");

    private NameCorpus() {
    }

    private static String[] n(String first, String last) {
        return new String[] {first, last};
    }

    public static List<Reply> replies() {
        List<Reply> replies = new ArrayList<>();
        int i = 0;
        for (String[] person : PEOPLE) {
            String first = person[0];
            String last = person[1];
            String lowerFirst = first.toLowerCase(Locale.ROOT);
            String lowerLast = last.toLowerCase(Locale.ROOT);
            // every third person typed without their accents, as many staff do
            if (i % 3 == 0) {
                lowerFirst = Folding.fold(lowerFirst);
                lowerLast = Folding.fold(lowerLast);
            }
            List<String> names = needles(first, last);
            for (String template : NAME_TEMPLATES) {
                replies.add(new Reply(String.format(template, first, last, lowerFirst, lowerLast,
                        first.toUpperCase(Locale.ROOT), last.toUpperCase(Locale.ROOT)), names));
            }
            i++;
        }
        for (String nickname : NICKNAMES) {
            List<String> names = needles(nickname);
            replies.add(new Reply("Checked in with " + nickname + " after the fight at the bus stop.", names));
            replies.add(new Reply(nickname + " said the rent went up again.", names));
            replies.add(new Reply("little " + nickname.toLowerCase(Locale.ROOT) + " is couch surfing with an aunt", names));
        }
        for (String school : SCHOOLS) {
            List<String> names = needles(school);
            replies.add(new Reply("Three families at " + school + " Middle lost their housing this month.", names));
            replies.add(new Reply("the " + school.toLowerCase(Locale.ROOT) + " elementary counsellor has a waitlist", names));
            replies.add(new Reply(school.toUpperCase(Locale.ROOT) + " HIGH HAS NO INTERPRETER FOR FAMILIES", names));
        }
        return replies;
    }

    /** Every part of the names, folded, hyphenated names split ("jean-baptiste" gives "jean" and "baptiste"). */
    public static List<String> needles(String... names) {
        Set<String> parts = new LinkedHashSet<>();
        for (String name : names) {
            for (String part : Folding.fold(name).split("[^a-z']+")) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
        }
        return List.copyOf(parts);
    }

    /** Every name part of the corpus. */
    public static Set<String> allNeedles() {
        Set<String> all = new LinkedHashSet<>();
        replies().forEach(reply -> all.addAll(reply.names()));
        return all;
    }
}
