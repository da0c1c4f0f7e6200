package org.copcheckin.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.copcheckin.insights.InsightsFixtures;
import org.junit.jupiter.api.Test;

/**
 * The labelled set's figures, through the real anonymiser. The held-out part meets the target; the fifth
 * fresh part, phrased away from the list and never tuned on, holds the list at its first-run figures so a change
 * cannot lose what it found. The benchmark prints every figure.
 */
class SignalQualityTest {

    private static final List<String> KINDS = CrisisSignals.bundled().kinds().stream().map(SignalKind::id).toList();
    private static final Function<String, java.util.Set<String>> DETECT = SignalQuality.bundledAfterAnonymiser();

    private static SignalQuality.Figures score(String part) {
        return SignalQuality.score(SignalQuality.load(part), DETECT, KINDS);
    }

    @Test
    void theHeldOutPartMeetsTheTargetOfNinetyFivePercentRecall() {
        SignalQuality.Figures heldOut = score(SignalQuality.HELD_OUT);
        assertThat(heldOut.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(heldOut.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(heldOut.falseAlertsPerThousandOrdinary()).isLessThanOrEqualTo(10);
    }

    @Test
    void theFreshPartNeverTunedOnKeepsItsFirstRunFigures() {
        SignalQuality.Figures fresh = score(SignalQuality.FRESH);
        assertThat(fresh.recall()).isGreaterThanOrEqualTo(0.75);
        assertThat(fresh.precision()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everyPartTunedOnStaysCaught() {
        for (String part : SignalQuality.TUNED) {
            assertThat(score(part).recall()).as(part).isGreaterThanOrEqualTo(0.97);
            assertThat(score(part).falseAlertsPerThousandOrdinary()).as(part).isZero();
        }
    }

    @Test
    void theInsightsCorpusOfRepliesWrittenByOthersRaisesNoMoreThanItsTwoKnownFalseAlerts() {
        // "shelter beds were full again so we sent a 16 year old to the motel" and "youth aging out of foster care
        // ... have nowhere to go" read as no safe place tonight: kept as found, since this corpus is not tuned on
        List<String> replies = new ArrayList<>();
        InsightsFixtures.CHALLENGES.forEach(r -> replies.add(r.text()));
        InsightsFixtures.WORDS.forEach(r -> replies.add(r.text()));
        assertThat(replies.stream().filter(reply -> !DETECT.apply(reply).isEmpty()).count()).isLessThanOrEqualTo(2);
    }
}
