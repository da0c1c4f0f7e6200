package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyAnonymiserTest {

    private static final ReplyAnalyser ANALYSER = ReplyAnalyser.withDefaults();
    private static final ReplyAnonymiser ANONYMISER = new ReplyAnonymiser(
            NameList.bundled(ANALYSER.taxonomy().keywordWords()));

    @Test
    void theFirstRepliesOfALargeWorkspaceArrivingTogetherWorkItsNamesIntoWordsOnceAndAllLoseTheNames()
            throws Exception {
        ReplyAnonymiser fresh = new ReplyAnonymiser(NameList.bundled(ANALYSER.taxonomy().keywordWords()));
        java.util.Set<String> names = new java.util.HashSet<>(Set.of("Dana Whitfield"));
        for (int i = 0; i < 5_000; i++) {
            names.add("Zorvath" + i + " Quillane" + i);
        }
        Set<String> workspace = Set.copyOf(names);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch together = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                replies.add(threads.submit(() -> {
                    together.await();
                    return fresh.anonymise("Hopeful, Zorvath" + n + " and Dana helped", workspace);
                }));
            }
            together.countDown();
            for (int i = 0; i < replies.size(); i++) {
                assertThat(replies.get(i).get(30, java.util.concurrent.TimeUnit.SECONDS).toLowerCase(Locale.ROOT))
                        .contains("hopeful").doesNotContain("zorvath" + i, "dana");
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(fresh.setsWorked()).isEqualTo(1);
    }

    @Test
    void everyPersonalDatumInTheCorpusIsRemoved() {
        for (InsightsFixtures.Reply reply : corpus()) {
            String clean = ANONYMISER.anonymise(reply.text(), InsightsFixtures.KNOWN_NAMES).toLowerCase(Locale.ROOT);
            for (String personal : reply.personal()) {
                assertThat(clean).as("'%s' in: %s", personal, clean).doesNotContain(personal.toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void nothingRemovedEverBecomesATerm() {
        for (InsightsFixtures.Reply reply : corpus()) {
            ReplyAnalyser.Analysis analysis = ANALYSER.analyse(org.copcheckin.checkins.PromptKind.CHALLENGE,
                    reply.text(), InsightsFixtures.KNOWN_NAMES);
            String rest = reply.text().toLowerCase(Locale.ROOT);
            for (String personal : reply.personal()) {
                rest = rest.replace(personal.toLowerCase(Locale.ROOT), " ");
            }
            for (String personal : reply.personal()) {
                for (String part : personal.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
                    // a word of the personal datum that the reply also uses on its own ("churches") may stay
                    if (part.length() >= 3 && !rest.matches("(?s).*\\b" + part + ".*")) {
                        assertThat(analysis.terms().values()).as(reply.text()).doesNotContain(part);
                        assertThat(analysis.terms().keySet()).as(reply.text())
                                .doesNotContain(new TextAnalysis().stem(part));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jaylen", "ximena", "deshawn", "guadalupe", "aaliyah", "mohammed", "brayden"})
    void aFirstNameIsRemovedEvenWhenTypedInLowerCase(String name) {
        String clean = ANONYMISER.anonymise("talked with " + name + " and her aunt about the bus pass", Set.of());

        assertThat(clean.toLowerCase(Locale.ROOT)).doesNotContain(name).contains("aunt").contains("bus pass");
    }

    @Test
    void namesThatAreAlsoEverydayWordsStayWhenNothingMarksThemAsNames() {
        String clean = ANONYMISER.anonymise("the bank froze the account so my foster care case is stuck; "
                + "any free ada or lea support?", Set.of());

        assertThat(clean).contains("bank").contains("my").contains("foster").contains("care").contains("case")
                .contains("any").contains("free").contains("ada").contains("lea");
        assertThat(ANONYMISER.anonymise("We met Ginger and Brandy at intake.", Set.of()))
                .doesNotContain("Ginger").doesNotContain("Brandy").contains("intake");
    }

    @Test
    void familyWordsSlangAndShortFormsThatAreAlsoNamesStayInLowerCase() {
        String clean = ANONYMISER.anonymise("lives with her nana and tia, nada from the agency; kids taking molly; "
                + "the sib group; the chevy broke down; lil ones; stu reg forms; mic on the fritz", Set.of());

        assertThat(clean).contains("nana").contains("tia").contains("nada").contains("molly").contains("sib")
                .contains("chevy").contains("lil").contains("stu").contains("reg").contains("mic").contains("fritz");
    }

    @Test
    void communitiesAreNotNamesEvenWhenCapitalised() {
        assertThat(ANONYMISER.anonymise("We met Roma families and Cheyenne elders with Jaylen.", Set.of()))
                .contains("Roma families").contains("Cheyenne elders").doesNotContain("Jaylen");
    }

    @Test
    void aDeploymentsOwnKeywordThatIsAlsoANameStaysInLowerCase() {
        ReplyAnonymiser withOwnTaxonomy = new ReplyAnonymiser(NameList.bundled(Set.of("Jaylen")));

        assertThat(withOwnTaxonomy.anonymise("the jaylen programme helped", Set.of())).contains("jaylen");
        assertThat(ANONYMISER.anonymise("the jaylen programme helped", Set.of())).doesNotContain("jaylen");
    }

    @Test
    void theWorkIsLeftForAnalysis() {
        String clean = ANONYMISER.anonymise(InsightsFixtures.CHALLENGES.get(0).text(), Set.of());
        assertThat(clean).contains("missed").contains("evicted").contains("landlord").contains("locks");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "email me at sam.o'neil+work@district.k12.us today | sam.o'neil",
            "see www.example.org/cases for more | example.org",
            "ping <@!123456789012> about it | 123456789012",
            "our new number is +1 604 555 0123 | 555 0123",
            "she lives at 45 Queen St. East, unit 12 | Queen",
            "her DOB is 2009-11-30 and SIN 123 456 789 | 2009-11-30",
            "file 00012345 was closed | 00012345",
            "I met with Mr. Hernandez and Dr. Singh | Hernandez",
            "I met with Mr. Hernandez and Dr. Singh | Singh",
            "we called Guadalupe and her sister | Guadalupe",
            "talked to aisha about the bus | aisha",
            "Destiny Carter is couch surfing | Destiny",
            "PO Box 4471, Regina | 4471"})
    void removes(String text, String personal) {
        assertThat(ANONYMISER.anonymise(text, Set.of()).toLowerCase(Locale.ROOT))
                .doesNotContain(personal.toLowerCase(Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rosalind said the bus never came", "Okonkwo missed nine days this month",
            "Thandiwe and her brother moved again", "Marisol's mum texted me"})
    void anUnknownNameOpeningASentenceIsRemovedWhenAPersonsVerbFollows(String reply) {
        String name = reply.split("[ ']")[0];
        assertThat(ANONYMISER.anonymise(reply, Set.of())).doesNotContain(name);
    }

    @Test
    void keepsEverydayWordsThatAreAlsoNamesWithoutACapitalisationCue() {
        String clean = ANONYMISER.anonymise("Hope. There is some hope and grace in the work; we will see", Set.of());
        assertThat(clean).contains("Hope").contains("hope").contains("grace").contains("will");
        assertThat(ANONYMISER.anonymise("I spoke with Grace about it", Set.of())).doesNotContain("Grace");
    }

    @Test
    void keepsAcronymsAndTaxonomyWordsThatAreCapitalised() {
        String clean = ANONYMISER.anonymise("The family lost Medicaid and SNAP, and the IEP meeting moved to Monday",
                Set.of());
        assertThat(clean).contains("Medicaid").contains("SNAP").contains("IEP").contains("Monday");
    }

    @Test
    void removesTheMembersOwnDisplayNames() {
        String clean = ANONYMISER.anonymise("tomasz and dana covered the late shift", Set.of("Tomasz Wojcik", "Dana W."));
        assertThat(clean).doesNotContain("tomasz").doesNotContain("dana").contains("covered");
    }

    private static List<InsightsFixtures.Reply> corpus() {
        return java.util.stream.Stream.concat(InsightsFixtures.CHALLENGES.stream(), InsightsFixtures.WORDS.stream()).toList();
    }
}
