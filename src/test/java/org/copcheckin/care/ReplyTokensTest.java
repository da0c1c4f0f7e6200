package org.copcheckin.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyTokensTest {

    private static List<String> words(String text) {
        ReplyTokens tokens = ReplyTokens.of(text);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            words.add(tokens.word(i));
        }
        return words;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He doesn't want to be here anymore|he does not want to be here anymore",
            "she’s been hurting herself|she is been hurting herself",
            "Mom's boyfriend hits her|mom boyfriend hits her",
            "they can't, we won't, it ain't|they can not we will not it is not",
            "im gonna, she dont, he didnt|i am going to she do not he did not",
            "I'm, we're, they've, he'll, she'd|i am we are they have he will she would",
            "self-harm and re-enroll|self harm and re enroll",
            "a 15yo at 9pm, a 6th grader|a 15 yo at 9 pm a 6th grader",
            "the girls' room, y'all|the girls room yall"})
    void spellsOutContractionsAndChatFormsSoPhrasesAreWrittenOnce(String text, String expected) {
        assertThat(String.join(" ", words(text))).isEqualTo(expected);
    }

    @Test
    void theAnonymisersMarkForARemovedNameIsAWordOfItsOwn() {
        assertThat(words(" ;  told me  ;  hits her")).containsExactly("_", "told", "me", "_", "hits", "her");
    }

    @Test
    void sentencesEndAtFullStopsAndNewLinesAndClausesAtCommasQuotesAndDashes() {
        ReplyTokens tokens = ReplyTokens.of("No, she said \"I want out\" - really.\nThen home");
        assertThat(tokens.sentence(0)).isEqualTo(tokens.sentence(1));
        assertThat(tokens.clause(0)).isNotEqualTo(tokens.clause(1)); // the comma
        int want = words("No, she said \"I want out\" - really.\nThen home").indexOf("want");
        assertThat(tokens.clause(want)).isNotEqualTo(tokens.clause(want - 2)); // the opening quote
        assertThat(tokens.sentence(tokens.size() - 1)).isGreaterThan(tokens.sentence(0)); // the new line
        assertThat(tokens.clauseEndsAt(tokens.size())).isTrue();
    }

    @Test
    void decimalsStayOneWordAndEmojiOnlySeparate() {
        assertThat(words("took 2.5 pills 😢 tonight")).containsExactly("took", "2.5", "pills", "tonight");
    }

    @Test
    void blankAndNullRepliesHaveNoWords() {
        assertThat(ReplyTokens.of(null).size()).isZero();
        assertThat(ReplyTokens.of("  ... !! ").size()).isZero();
    }
}
