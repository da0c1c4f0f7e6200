package org.copcheckin.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.digest.DigestFixtures.week;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import javax.imageio.ImageIO;

import org.copcheckin.insights.WeekCells;
import org.junit.jupiter.api.Test;

/** The digest chart's data (what it draws), not its pixels: hidden cells, aligned weeks, no empty lead-in. */
class ChartDataTest {

    private static final LocalDate LAST = LocalDate.of(2026, 11, 23);

    /** A community whose first replies came 3 weeks ago: the 5 weeks before have nothing published. */
    private static TrendSnapshot youngCommunity() {
        List<WeekCells> weeks = new ArrayList<>();
        for (int i = 10; i >= 3; i--) {
            weeks.add(week(LAST.minusWeeks(i), 0, Map.of(), Map.of()));
        }
        weeks.add(week(LAST.minusWeeks(2), 6, Map.of("housing", 4, "funding", 3), Map.of()));
        weeks.add(week(LAST.minusWeeks(1), 5, Map.of("funding", 3), Map.of())); // housing below k, or nobody
        weeks.add(week(LAST, 7, Map.of("housing", 5, "transportation", 3), Map.of()));
        return DigestFixtures.snapshot(LAST, LAST, weeks);
    }

    @Test
    void theWeeksStartWhereFiguresStartNotSevenWeeksOfNothingEarlier() {
        Digest.Chart chart = ChartData.of(youngCommunity());
        assertThat(chart.weeks()).containsExactly(LAST.minusWeeks(2), LAST.minusWeeks(1), LAST);
    }

    @Test
    void barsAreThePeriodsThemesMostPeopleFirst() {
        Digest.Chart chart = ChartData.of(youngCommunity());
        assertThat(chart.bars()).containsExactly(new Digest.Chart.Bar("Housing and landlords", 5),
                new Digest.Chart.Bar("Transportation", 3));
    }

    @Test
    void everyRowHasOneCellPerWeekAndAWeekWithoutAPublishedCellIsHiddenNotZero() {
        Digest.Chart chart = ChartData.of(youngCommunity());
        assertThat(chart.rows()).extracting(Digest.Chart.Row::label).containsExactly("Housing and landlords",
                "Transportation");
        assertThat(chart.rows()).allSatisfy(row -> assertThat(row.cells()).hasSameSizeAs(chart.weeks()));
        assertThat(chart.rows().get(0).cells()).containsExactly(OptionalInt.of(4), OptionalInt.empty(), OptionalInt.of(5));
        assertThat(chart.rows().get(1).cells()).containsExactly(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(3));
        assertThat(chart.rows()).flatExtracting(Digest.Chart.Row::cells).doesNotContain(OptionalInt.of(0));
    }

    @Test
    void theAltTextReadsTheBarsAndEachWeekWithHiddenCellsNamed() {
        Digest digest = DigestComposer.compose(youngCommunity());
        assertThat(DigestMessage.altText(digest))
                .contains("Housing and landlords 5; Transportation 3")
                .contains("weeks of 9 Nov to 23 Nov")
                .contains("Housing and landlords 4, hidden, 5; Transportation hidden, hidden, 3")
                .contains("fewer than 3 people raised it that week, or nobody did");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
        "fr; Diagramme à barres des thèmes; semaines du 9 nov. au 23 nov.; 4, masqué, 5; Masqué : moins de 3 personnes",
        "es; Gráfico de barras de los temas; semanas del 9 nov al 23 nov; 4, oculto, 5; Oculto: menos de 3 personas"})
    void theAltTextAndTheChartComeInTheCommunitysLanguage(String code, String bars, String weeks, String cells,
                                                          String hidden) throws IOException {
        org.copcheckin.community.Language l = org.copcheckin.community.Language.fromCode(code).orElseThrow();
        Digest digest = DigestComposer.compose(youngCommunity());
        assertThat(DigestMessage.altText(digest, l)).contains(bars, weeks, cells, hidden)
                .doesNotContain("Bar chart").doesNotContain("hidden").doesNotContain("Heatmap")
                .doesNotContain("weeks of");
        Digest.Chart chart = ChartData.of(youngCommunity());
        byte[] translated = DigestChart.png(chart, l);
        assertThat(ImageIO.read(new ByteArrayInputStream(translated)).getHeight()).isEqualTo(DigestChart.height(chart));
        assertThat(translated).as("titles and legend drawn in " + code).isNotEqualTo(DigestChart.png(chart));
    }

    @Test
    void thePngIsAsTallAsItsRowsNeedAndDecodes() throws IOException {
        Digest.Chart chart = ChartData.of(youngCommunity());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(DigestChart.png(chart)));
        assertThat(image.getWidth()).isEqualTo(DigestChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(DigestChart.height(chart));
        assertThat(DigestChart.height(chart)).isGreaterThan(DigestChart.height(new Digest.Chart(3, List.of(),
                List.of(), List.of())) + 3 * DigestChart.ROW);
    }

    @Test
    void thePaletteIsOkabeItoBlueWithAHiddenGreyThatIsNotOnItsScale() {
        // the heatmap's scale runs from a light tint to Okabe-Ito blue (#0072B2); hidden is a neutral grey with
        // hatching, so it is told apart by pattern as well as by colour
        assertThat(DigestChart.BLUE.getRGB() & 0xFFFFFF).isEqualTo(0x0072B2);
        assertThat(DigestChart.HIDDEN.getRed()).isEqualTo(DigestChart.HIDDEN.getGreen()).isEqualTo(DigestChart.HIDDEN.getBlue());
        for (double share = 0; share <= 1; share += 0.1) {
            java.awt.Color c = DigestChart.mix(DigestChart.LIGHT, DigestChart.BLUE, share);
            assertThat(c.getBlue()).as("every shade is blue, never a neutral grey").isGreaterThan(c.getRed());
        }
    }
}
