package org.copcheckin.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The digest's one line about the school calendar: a week of break, or skipped days, so a quiet week reads right. */
class DigestBreaksTest {

    private static final LocalDate DEC_14 = LocalDate.of(2026, 12, 14);
    private static final LocalDate DEC_21 = LocalDate.of(2026, 12, 21);

    private static Digest twoWeeks() {
        return DigestComposer.compose(DigestFixtures.snapshot(DEC_14, DEC_21, List.of(
                DigestFixtures.week(DEC_14, 6, Map.of("housing", 4), Map.of()),
                DigestFixtures.week(DEC_21, 0, Map.of(), Map.of()))));
    }

    @Test
    void aWeekWhoseWeekdaysAreAllSkippedIsSaidToBeABreak() {
        Digest digest = twoWeeks().withBreaks(List.of(new Digest.Break(DEC_21, LocalDate.of(2026, 12, 27),
                "winter break")));

        assertThat(DigestMessage.of(digest).plainText()).contains("*School calendar:* the week of 21 Dec was a break "
                + "(winter break, 21 Dec to 27 Dec): scheduled runs on those days did not run");
    }

    @Test
    void skippedDaysShortOfAWeekAreNamedAsDays() {
        Digest digest = twoWeeks().withBreaks(List.of(new Digest.Break(LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 25), "Christmas")));

        assertThat(DigestMessage.of(digest).plainText()).contains("*School calendar:* the school calendar skipped "
                + "days of this period (Christmas, 24 Dec to 25 Dec)").doesNotContain("was a break");
    }

    @Test
    void withoutSkipsTheDigestSaysNothingOfTheCalendar() {
        assertThat(DigestMessage.of(twoWeeks()).plainText()).doesNotContain("School calendar");
    }
}
