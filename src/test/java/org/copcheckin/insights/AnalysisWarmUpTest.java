package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.copcheckin.care.CrisisSignals;
import org.copcheckin.checkins.PromptKind;
import org.junit.jupiter.api.Test;

/**
 * The start-up warm-up of the reply analysis runs the analysis over its made-up replies and leaves nothing behind:
 * a warmed analyser answers every reply as a fresh one does, with the workspace's own names.
 */
class AnalysisWarmUpTest {

    private static final CrisisSignals SIGNALS = CrisisSignals.bundled();

    @Test
    void theWarmUpAnalysesItsMadeUpRepliesAndTheAnalysisAfterItIsAFreshOnes() {
        ReplyAnalyser fresh = ReplyAnalyser.withDefaults();
        ReplyAnalyser warmed = ReplyAnalyser.withDefaults();
        Set<String> workspace = new HashSet<>(Set.of("Dana Whitfield", "Grace Okafor"));
        for (int i = 0; i < 100; i++) {
            workspace.add("Member" + i + " Surname" + i);
        }

        assertThat(new AnalysisWarmUp(warmed, SIGNALS, 3).warm()).isEqualTo(36);

        for (String reply : new String[] {"Hopeful - Grace covered for me", "Overwhelmed",
            "Dana Whitfield and I tried peer observation; the shelter waitlist is long"}) {
            for (PromptKind kind : new PromptKind[] {PromptKind.WORD, PromptKind.CHALLENGE}) {
                ReplyAnalyser.Reviewed expected = fresh.review(kind, reply, Set.copyOf(workspace), CommunityWords.NONE,
                        SIGNALS);
                ReplyAnalyser.Reviewed actual = warmed.review(kind, reply, Set.copyOf(workspace), CommunityWords.NONE,
                        SIGNALS);
                assertThat(actual).as(kind + ": " + reply).isEqualTo(expected);
            }
        }
    }

    @Test
    void noPassesNoWarmUp() {
        assertThat(new AnalysisWarmUp(ReplyAnalyser.withDefaults(), SIGNALS, 0).warm()).isZero();
    }
}
