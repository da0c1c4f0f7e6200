package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AnswerFamiliesTest {

    private static final Taxonomy TAXONOMY = ReplyAnalyser.withDefaults().taxonomy();
    private static final AnswerFamilies FAMILIES = AnswerFamilies.bundled(TAXONOMY);

    private static String label(String word) {
        return FAMILIES.familyOf(word).orElseThrow().label();
    }

    @Test
    void wordsOfOneMeaningShareAFamilyWithALabelAPersonRecognises() {
        assertThat(label("exhausted")).isEqualTo("Tired and drained");
        assertThat(label("tired")).isEqualTo("Tired and drained");
        assertThat(label("drained")).isEqualTo("Tired and drained");
        assertThat(label("swamped")).isEqualTo(label("overwhelmed")).isEqualTo("Stressed and overwhelmed");
        assertThat(label("thankful")).isEqualTo(label("grateful"));
        assertThat(label("hopeful")).isNotEqualTo(label("tired"));
    }

    @Test
    void aWordIsFoundAsTypedOrByTheStemTheTrendStoreKeeps() {
        assertThat(FAMILIES.familyOf("Exhausted ")).isEqualTo(FAMILIES.familyOf("exhausted"));
        assertThat(FAMILIES.familyOf("exhaust").map(AnswerFamilies.Family::id)).hasValue("tired");
        assertThat(FAMILIES.familyOf("overwhelm").map(AnswerFamilies.Family::id)).hasValue("overwhelmed");
        assertThat(FAMILIES.familyOf("zebra")).isEmpty();
        assertThat(FAMILIES.familyOf(" ")).isEmpty();
        assertThat(FAMILIES.familyOf(null)).isEmpty();
    }

    @Test
    void theTaxonomysThemesAreFamiliesToo() {
        assertThat(FAMILIES.familyOf("eviction").map(AnswerFamilies.Family::id)).hasValue("theme:housing");
        assertThat(label("eviction")).isEqualTo("Housing and landlords");
        assertThat(label("staffing")).isEqualTo("Staffing and capacity");
        assertThat(label("overwhelmed")).as("a feeling before a theme").isEqualTo("Stressed and overwhelmed");
    }

    @Test
    void aReplacedTaxonomyMakesItsOwnFamilies() throws Exception {
        Taxonomy weather = Taxonomy.load(new ByteArrayInputStream(
                "themes:\n  - id: weather\n    label: Weather\n    keywords: [storm, snow day, blizzard]\n"
                        .getBytes(StandardCharsets.UTF_8)));
        AnswerFamilies families = AnswerFamilies.bundled(weather);
        assertThat(families.familyOf("blizzard").map(AnswerFamilies.Family::label)).hasValue("Weather");
        assertThat(families.familyOf("storms").map(AnswerFamilies.Family::id)).hasValue("theme:weather");
        assertThat(families.familyOf("eviction")).isEmpty();
    }

    @Test
    void everyWordIsInOneFamilyOnlyAndEveryFamilyHasALabel() {
        Set<String> seen = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (AnswerFamilies.Family family : FAMILIES.families()) {
            assertThat(ids.add(family.id())).as(family.id()).isTrue();
            assertThat(family.label()).isNotBlank();
            assertThat(family.members()).isNotEmpty().isSorted();
            family.members().forEach(word -> assertThat(seen.add(word)).as(word + " in two families").isTrue());
        }
        assertThat(FAMILIES.families()).extracting(AnswerFamilies.Family::id).contains("tired", "theme:housing");
    }

    /** Issue 17's example: "Tired and drained (4): exhausted, tired, drained". */
    @Test
    void aFamilyGivenByAtLeastKPeopleIsShownWithTheWordsTheyGave() {
        Map<String, Integer> words = Map.of("exhausted", 1, "tired", 2, "drain", 1, "hopeful", 1);
        AnswerFamilies.Grouped grouped = FAMILIES.group(words, 3, w -> true);
        assertThat(grouped.families()).singleElement().satisfies(line -> {
            assertThat(line.family().label()).isEqualTo("Tired and drained");
            assertThat(line.people()).isEqualTo(4);
            assertThat(line.words()).containsExactly("drained", "exhausted", "tired");
        });
        assertThat(grouped.ungrouped()).containsExactly(Map.entry("hopeful", 1));
    }

    @Test
    void onlyWordsThatMayBeShownAreListedThoughAllAreCounted() {
        AnswerFamilies.Grouped grouped = FAMILIES.group(Map.of("exhausted", 2, "knackered", 1), 3,
                word -> !word.equals("knackered"));
        assertThat(grouped.families().get(0).people()).isEqualTo(3);
        assertThat(grouped.families().get(0).words()).containsExactly("exhausted");
        assertThat(grouped.families().get(0).family().members(w -> !w.equals("knackered"))).doesNotContain("knackered");
    }

    /** The playground's six members answering a one-word check-in. */
    @Test
    void sixMembersWhoseWordsNeverRepeatStillSaySomethingTrue() {
        Map<String, Integer> words = new LinkedHashMap<>();
        List.of("exhausted", "tired", "drained", "hopeful", "swamped", "overwhelmed")
                .forEach(w -> words.merge(w, 1, Integer::sum));
        AnswerFamilies.Grouped grouped = FAMILIES.group(words, 3, w -> true);
        assertThat(grouped.families()).extracting(line -> line.family().label() + " (" + line.people() + ")")
                .containsExactly("Tired and drained (3)");
        assertThat(grouped.ungrouped()).containsOnlyKeys("hopeful", "swamped", "overwhelmed");
    }

    @Test
    void familiesComeMostPeopleFirstAndKIsNeverBelowTwo() {
        Map<String, Integer> words = Map.of("tired", 2, "hopeful", 3, "angry", 1);
        AnswerFamilies.Grouped grouped = FAMILIES.group(words, 1, w -> true);
        assertThat(grouped.families()).extracting(line -> line.family().id()).containsExactly("hopeful", "tired");
        assertThat(grouped.ungrouped()).containsOnlyKeys("angry");
    }

    @Test
    void withPeopleAtHandAPersonCountsOncePerFamily() {
        Map<String, List<String>> people = Map.of("tired", List.of("p1", "p2"), "exhausted", List.of("p1"),
                "drained", List.of("p3"));
        AnswerFamilies.Grouped grouped = FAMILIES.groupPeople(people, 3, w -> true);
        assertThat(grouped.families()).singleElement().satisfies(line -> assertThat(line.people()).isEqualTo(3));
        assertThat(FAMILIES.groupPeople(Map.of("tired", List.of("p1", "p2"), "exhausted", List.of("p1")), 3, w -> true)
                .families()).isEmpty();
    }

    @Test
    void aMalformedLexiconLineIsRefused() {
        assertThatThrownBy(() -> AnswerFamilies.load(new ByteArrayInputStream("tired\tTired\n".getBytes(
                StandardCharsets.UTF_8)), TAXONOMY)).isInstanceOf(IllegalArgumentException.class);
    }
}
