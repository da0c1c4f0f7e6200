package org.copcheckin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void barsAreScaledToARoundTopAndEachCarriesItsFigureAsText() {
        BarChart chart = BarChart.of("alt", List.of("Oct", "Nov"), List.of("Housing", "Food"),
                List.of(List.of(7, 0), List.of(3, 10)));

        assertThat(chart.ticks()).extracting(BarChart.Tick::label).containsExactly("0", "5", "10");
        assertThat(chart.bars()).extracting(BarChart.Bar::title)
                .containsExactly("Housing, Oct: 7", "Food, Oct: 3", "Housing, Nov: 0", "Food, Nov: 10");
        assertThat(chart.bars().get(3).y()).isLessThan(chart.bars().get(0).y());
        assertThat(chart.bars()).allSatisfy(bar -> assertThat(bar.y() + bar.height()).isEqualTo(chart.baseline()));
        assertThat(chart.empty()).isFalse();
    }

    @Test
    void aChartWithNothingToDrawSaysSo() {
        BarChart chart = BarChart.of("alt", List.of("Oct"), List.of("People"), List.of(List.of(0)));

        assertThat(chart.empty()).isTrue();
        assertThat(chart.ticks()).hasSize(1);
    }

    @Test
    void roundTopsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(List.of(0, 1, 2, 3, 6, 11, 49, 51, 180).stream().map(BarChart::niceCeiling).toList())
                .containsExactly(0, 1, 2, 5, 10, 20, 50, 100, 200);
    }
}
