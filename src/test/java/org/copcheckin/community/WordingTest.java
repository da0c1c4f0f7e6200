package org.copcheckin.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A wording's arguments are what people typed: only {@code in(language)} and {@code english()} put them in text. */
class WordingTest {

    private static final Wording TYPED = Wording.of("calendar.import.too.long",
            Wording.of("calendar.event.named", "Dana Quintanilla's leave"), "2027-02-01", "2027-03-15", 31);

    @Test
    void itsStringIsTheKeyAloneWithNoArgumentAndNoSentence() {
        assertThat(TYPED).hasToString("Wording[key=calendar.import.too.long]");
        assertThat("refused: " + TYPED).doesNotContain("Quintanilla").doesNotContain("2027")
                .doesNotContain(TYPED.english());
        assertThat(String.valueOf(TYPED.args())).doesNotContain("Quintanilla");
    }

    @Test
    void inALanguageItIsTheSentenceWithItsArgumentsAndNestedWordingsInTheSameLanguage() {
        assertThat(TYPED.english()).contains("an event (\"Dana Quintanilla's leave\")").contains("2027-03-15");
        assertThat(TYPED.in(Language.FR)).contains("un événement (« Dana Quintanilla's leave »)").contains("2027-03-15");
    }
}
