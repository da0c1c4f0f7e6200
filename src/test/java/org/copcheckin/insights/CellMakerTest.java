package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CellMakerTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 3, 2);

    private static CellMaker.RawWeek week(String... personItem) {
        CellMaker.RawWeek raw = new CellMaker.RawWeek();
        for (String entry : personItem) {
            String[] parts = entry.split(":");
            raw.reply(parts[0]);
            raw.mention(TrendKind.THEME, parts[1], null, parts[0]);
        }
        return raw;
    }

    @Test
    void oneMemberAnsweringThreeTimesIsOnePersonAndStaysHidden() {
        // the case: one member answered "isolated" to three check-ins and nobody else did
        CellMaker.RawWeek raw = new CellMaker.RawWeek();
        for (int i = 0; i < 3; i++) {
            raw.reply("p-1");
            raw.mention(TrendKind.WORD, "isolated", "isolated", "p-1");
        }
        raw.reply("p-2");
        raw.reply("p-3");
        WeekCells cells = CellMaker.publish(WEEK, false, raw, 3);

        assertThat(cells.cells(TrendKind.WORD)).isEmpty();
        assertThat(cells.people()).hasValue(3);
        assertThat(cells.replies()).hasValue(5);
    }

    @Test
    void anItemIsPublishedOnlyWithKDistinctPeopleAndWhatIsHiddenChangesNothingPublished() {
        WeekCells cells = CellMaker.publish(WEEK, false, week("a:housing", "b:housing", "c:housing", "d:funding",
                "e:food", "f:(other)"), 3);

        assertThat(cells.cells(TrendKind.THEME)).containsOnlyKeys("housing");
        assertThat(cells.cells(TrendKind.THEME).get("housing").people()).isEqualTo(3);
        WeekCells withoutHidden = CellMaker.publish(WEEK, false, week("a:housing", "b:housing", "c:housing", "d:(other)",
                "e:food", "f:transportation"), 3);
        assertThat(withoutHidden.cells(TrendKind.THEME)).isEqualTo(cells.cells(TrendKind.THEME));
    }

    @Test
    void participationBelowKIsHiddenLikeNoParticipationAtAll() {
        WeekCells cells = CellMaker.publish(WEEK, false, week("a:housing", "b:housing"), 3);
        assertThat(cells).isEqualTo(CellMaker.publish(WEEK, false, new CellMaker.RawWeek(), 3));
        assertThat(cells.people()).isEmpty();
        assertThat(cells.replies()).isEmpty();
        assertThat(cells.cells(TrendKind.THEME)).isEmpty();
    }

    @Test
    void aOneWordAnswerIsLabelledWithTheFormKPeopleTyped() {
        CellMaker.RawWeek raw = new CellMaker.RawWeek();
        String[][] answers = {{"a", "overwhelmed"}, {"b", "overwhelmed"}, {"c", "overwhelmed"}, {"d", "overwhelm"}};
        for (String[] answer : answers) {
            raw.reply(answer[0]);
            raw.mention(TrendKind.WORD, "overwhelm", answer[1], answer[0]);
        }
        assertThat(CellMaker.publish(WEEK, false, raw, 3).cells(TrendKind.WORD).get("overwhelm").label())
                .contains("overwhelmed");
        assertThat(CellMaker.publish(WEEK, false, raw, 4).cells(TrendKind.WORD).get("overwhelm").label())
                .as("only three typed that form").isEmpty();
    }

    @Test
    void kIsNeverBelowTwoAndNoCellOfFewerCanBeBuilt() {
        assertThat(KAnonymity.threshold(1)).isEqualTo(2);
        assertThat(KAnonymity.threshold(5)).isEqualTo(5);
        assertThat(CellMaker.publish(WEEK, false, week("a:housing"), 1).cells(TrendKind.THEME)).isEmpty();
        assertThatThrownBy(() -> new Cell("housing", Optional.empty(), 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
