package org.copcheckin.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled list on replies as the anonymiser leaves them (a removed name reads " ; "). */
class CrisisSignalsTest {

    private static final CrisisSignals SIGNALS = CrisisSignals.bundled();

    private static Set<String> kinds(String anonymised) {
        return SIGNALS.detect(anonymised).stream().map(SignalKind::id).collect(Collectors.toSet());
    }

    @Test
    void theBundledListHasTheKindsOfTheIssueWithLabelsForFacilitators() {
        assertThat(SIGNALS.kinds()).extracting(SignalKind::id)
                .containsExactly("self-harm", "abuse-neglect", "violence", "unsafe-tonight", "missing");
        assertThat(SIGNALS.kinds()).extracting(SignalKind::label).containsExactly("possible self-harm",
                "abuse or neglect disclosure", "violence or threat", "no safe place to sleep tonight",
                "missing or run-away child");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a student told me her stepdad hits her|abuse-neglect",
            "family is sleeping in their car tonight|unsafe-tonight",
            "he said he doesn't want to be here anymore|self-harm",
            " ;  said her mom's boyfriend touches her when mom is at work|abuse-neglect",
            "Had to call CPS today,  ;  disclosed that his uncle has been abusing him|abuse-neglect",
            "A student threatened to shoot up the school on Snapchat.|violence",
            "One of our youth ran away from her group home last night|missing",
            "the shelter is full tonight and the family has nowhere to go|unsafe-tonight",
            "kid texted me he's gonna kms tonight|self-harm"})
    void findsTheSignalsOfRealisticStaffReplies(String reply, String kind) {
        assertThat(kinds(reply)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The training on suicide prevention was great.",
            "Our budget is killing us.",
            "We're killing it with the new attendance incentive!",
            "Dying to know how the other district got their grant.",
            "The shelter is full of kids' art this week.",
            "The webinar covered what to do if a child discloses abuse.",
            "We role-played a student saying she wants to die, so hard but useful.",
            "Our new policy says staff must call the hotline when a student says someone hurts them.",
            "Shoot me an email if you want the slides.",
            "She said she's not suicidal, just really tired.",
            "No signs of abuse at the home visit, case closed.",
            "Missing school is the biggest issue for our 9th graders.",
            "Got kicked out of the conference room for a board meeting.",
            "The budget cuts will hurt the most vulnerable families.",
            "The kids said the test was so hard they wanted to die, lol."})
    void falseFriendsTrainingsPoliciesNegationsAndJokesAreNotSignals(String reply) {
        assertThat(SIGNALS.detect(reply)).isEmpty();
    }

    @Test
    void aNegationReachesOnlyTheNextFewWordsOfItsClause() {
        assertThat(kinds("she is not suicidal")).isEmpty();
        assertThat(kinds("she is not eating and she is suicidal")).containsExactly("self-harm");
        assertThat(kinds("No, she said she wants to kill herself")).containsExactly("self-harm");
        assertThat(kinds("They have no heat and no power and slept in the car")).containsExactly("unsafe-tonight");
    }

    @Test
    void aDisclosureOutweighsTheFrameOfItsSentence() {
        assertThat(kinds("After the training a student told me she wants to kill herself")).contains("self-harm");
        assertThat(kinds("In the training a student says she wants to kill herself")).isEmpty();
        assertThat(kinds("The training was fine. A student said she wants to kill herself.")).contains("self-harm");
    }

    @Test
    void aRemovedNameStandsInForThePersonItNamed() {
        assertThat(kinds("her dad hits  ;  with a belt")).containsExactly("abuse-neglect");
        assertThat(kinds(" ;  hasn't been seen since Sunday")).containsExactly("missing");
    }

    @Test
    void aReplyCanCarrySeveralKindsInTheListsOrder() {
        assertThat(SIGNALS.detect("A student told me her stepdad hits her and that she'd rather die than go back."))
                .extracting(SignalKind::id).containsExactly("self-harm", "abuse-neglect");
    }

    @Test
    void blankNullAndOrdinaryRepliesGiveAnEmptyImmutableSet() {
        assertThat(SIGNALS.detect(null)).isEmpty();
        assertThat(SIGNALS.detect("   ")).isEmpty();
        assertThat(SIGNALS.detect("Transportation is still our biggest barrier.")).isEmpty();
        Set<SignalKind> found = SIGNALS.detect("he said he wants to die");
        assertThatThrownBy(() -> found.clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theAnswerCarriesKindsOnlyNeverTheRepliesWords() {
        String reply = "Ximena told me her stepdad hits her with a cord";
        Set<SignalKind> found = SIGNALS.detect(reply);
        assertThat(found.toString()).doesNotContain("Ximena", "stepdad", "cord", "hits");
        assertThat(SIGNALS.toString()).doesNotContain("stepdad");
    }

    @Test
    void aLongReplyIsReadToTheEndAndASignalAfterFourThousandCharactersStillCounts() {
        String padding = "Transportation and rent are our biggest barriers this month. ".repeat(70);
        assertThat(padding.length()).isGreaterThan(4_000);
        assertThat(kinds(padding + "A student told me she wants to kill herself.")).containsExactly("self-harm");
    }
}
