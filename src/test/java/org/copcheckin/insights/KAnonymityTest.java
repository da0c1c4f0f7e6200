package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class KAnonymityTest {

    @Test
    void aTermIsShownFromExactlyKParticipantsAndFoldedBelow() {
        KAnonymity.Folded folded = KAnonymity.fold(Map.of("housing", 3, "funding", 2, "food", 4), 3);
        assertThat(folded.shown()).containsExactly(Map.entry("food", 4), Map.entry("housing", 3));
        assertThat(folded.other()).isEqualTo(2);
        assertThat(folded.otherTerms()).isEqualTo(1);
    }

    @Test
    void kIsNeverBelowTwoWhateverTheCommunitySays() {
        assertThat(KAnonymity.threshold(1)).isEqualTo(2);
        assertThat(KAnonymity.threshold(0)).isEqualTo(2);
        assertThat(KAnonymity.threshold(5)).isEqualTo(5);
        assertThat(KAnonymity.fold(Map.of("rare", 1, "shared", 2), 1).shown()).containsOnlyKeys("shared");
        assertThat(KAnonymity.shows(1, 1)).isFalse();
        assertThat(KAnonymity.shows(2, 1)).isTrue();
    }

    @Test
    void tiesAreOrderedByName() {
        assertThat(KAnonymity.fold(Map.of("b", 5, "a", 5, "c", 6), 2).shown().keySet()).containsExactly("c", "a", "b");
    }

    @Test
    void aFormIsShownOnlyWhenKParticipantsTypedIt() {
        assertThat(WordForms.display("overwhelm", Map.of("overwhelmed", 3, "overwhelm", 1), 3)).isEqualTo("overwhelmed");
        assertThat(WordForms.display("overwhelm", Map.of("overwhelmed", 2, "overwhelm", 1), 3)).isEqualTo("overwhelm");
        assertThat(WordForms.display("tired", Map.of("tired", 2), 2)).isEqualTo("tired");
    }
}
