package org.copcheckin.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PhraseTest {

    private static final Map<String, Set<String>> CLASSES = Map.of("self", Set.of("himself", "herself"),
            "place", Set.of("car", "park*"));

    private static int end(String phrase, String text) {
        return Phrase.compile(phrase, Phrase.Role.SIGNAL, 0, CLASSES).longestMatch(ReplyTokens.of(text), 0,
                new Phrase.Work());
    }

    @Test
    void alternativesClassesPrefixesAndNumbersEachFillOneSlot() {
        assertThat(end("kill|hurt @self", "hurt herself badly")).isEqualTo(2);
        assertThat(end("sleeping in the @place", "sleeping in the parking garage")).isEqualTo(4);
        assertThat(end("took # pills", "took 20 pills")).isEqualTo(3);
        assertThat(end("took # pills", "took twenty pills")).isEqualTo(3);
        assertThat(end("kill|hurt @self", "kill time")).isEqualTo(-1);
    }

    @Test
    void optionalSlotsAndGapsTakeTheLongestMatch() {
        assertThat(end("left [home] alone", "left alone")).isEqualTo(2);
        assertThat(end("left [home] alone", "left home alone")).isEqualTo(3);
        assertThat(end("dad ... hits her", "dad has always hits her")).isEqualTo(5);
        assertThat(end("dad ... hits her", "dad said that the storm hits her")).isEqualTo(-1); // four words apart
    }

    @Test
    void aClauseEndAloneOrAsAnAlternativeReadsNoWord() {
        assertThat(end("ran away $", "ran away, again")).isEqualTo(2);
        assertThat(end("ran away $", "ran away with the folder")).isEqualTo(-1);
        assertThat(end("missing since|$", "is missing.")).isEqualTo(-1);
        assertThat(end("missing since|$", "missing. Police")).isEqualTo(1);
        assertThat(end("missing since|$", "missing since Friday")).isEqualTo(2);
    }

    @Test
    void aPhraseNeverCrossesASentence() {
        assertThat(end("nowhere to sleep", "nowhere to. Sleep well")).isEqualTo(-1);
    }

    @Test
    void plainItemsAreReadAsRepliesAreSoHyphensAndContractionsMatch() {
        assertThat(end("self-harm", "her self harm")).isEqualTo(-1); // starts at "her"
        assertThat(end("self-harm scars", "self-harm scars")).isEqualTo(3);
        assertThat(end("doesn't want to live", "he does not want to live".substring(3))).isEqualTo(5);
    }

    @Test
    void refusesWhatCouldNeverMatchOrWouldMatchEverywhere() {
        assertThatThrownBy(() -> Phrase.compile("[maybe] alone", Phrase.Role.SIGNAL, 0, CLASSES))
                .hasMessageContaining("must start with a word that is always there");
        assertThatThrownBy(() -> Phrase.compile("... alone", Phrase.Role.SIGNAL, 0, CLASSES))
                .hasMessageContaining("must start");
        assertThatThrownBy(() -> Phrase.compile("kill @selves", Phrase.Role.SIGNAL, 0, CLASSES))
                .hasMessageContaining("unknown word class @selves");
        assertThatThrownBy(() -> Phrase.compile("can't|won't go", Phrase.Role.SIGNAL, 0, CLASSES))
                .hasMessageContaining("is not one lower-case word");
        assertThatThrownBy(() -> Phrase.compile("a|Big deal", Phrase.Role.SIGNAL, 0, CLASSES))
                .hasMessageContaining("'Big'");
    }
}
