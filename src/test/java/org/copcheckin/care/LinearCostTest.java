package org.copcheckin.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The matcher runs on the request thread before the acknowledgement, so its work must grow with the reply's length
 * and no faster, whatever the reply is made of. Work is counted in words read by phrase runs (each a bounded number
 * of slot checks), not timed: the benchmark prints the times.
 */
class LinearCostTest {

    private static final CrisisSignals SIGNALS = CrisisSignals.bundled();

    /** Replies built to wake as many phrases as possible, for as long as possible. */
    private static final List<String> HOSTILE = List.of(
            "kill ", "not ", "she ", "he said he ", "sleeping in the ", "dad has been ", "ran away ",
            "threatened to ", "@ ; ", "the the the ", "suicidal not suicidal ", "a ", "left left alone ",
            "mom boyfriend has been always still ", "took a bunch of ", "is missing since ", "told me ");

    private static String repeated(String unit, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() + unit.length() <= length) {
            text.append(unit);
        }
        return text.toString();
    }

    @Test
    void aHostileReplyOfFourThousandCharactersCostsAtMostTenTimesOneOfFourHundred() {
        for (String unit : HOSTILE) {
            long small = SIGNALS.work(repeated(unit, 400));
            long large = SIGNALS.work(repeated(unit, 4_000));
            assertThat(large).as("work on '%s' x 4,000 chars against x 400", unit).isLessThanOrEqualTo(11 * Math.max(small, 1));
        }
    }

    @Test
    void noReplyMakesThePhraseRunsReadMoreThanAFewHundredWordsPerWord() {
        for (String unit : HOSTILE) {
            String reply = repeated(unit, 4_000);
            long words = ReplyTokens.of(reply).size();
            assertThat(SIGNALS.work(reply) / (double) words).as("words read per word of '%s'", unit)
                    .isLessThan(400);
        }
    }

    @Test
    void anOrdinaryReplyWakesOnlyAFewPhrases() {
        String reply = "Transportation is still our biggest barrier, the bus route to the east side got cut and "
                + "families can't get to the pantry on Saturdays.";
        assertThat(SIGNALS.work(reply)).isLessThan(200);
    }
}
