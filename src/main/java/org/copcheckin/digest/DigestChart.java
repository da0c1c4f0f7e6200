package org.copcheckin.digest;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;

/** Draws the digest's chart (themes per week over the last 8 weeks) as a PNG with XChart, headless. */
final class DigestChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 500;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    static {
        // no display on a server: AWT must never try to open one
        System.setProperty("java.awt.headless", "true");
    }

    private DigestChart() {
    }

    static byte[] png(Digest.Chart data) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Themes per week (last 8 weeks)").xAxisTitle("Week starting").yAxisTitle("Participants").build();
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setYAxisDecimalPattern("#");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setAntiAlias(true);
        List<String> weeks = data.weeks().stream().map(WEEK::format).toList();
        data.series().forEach((label, counts) -> chart.addSeries(label, weeks, counts));
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw the digest chart", e);
        }
    }
}
