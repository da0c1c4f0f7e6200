package org.copcheckin.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A grouped bar chart laid out for server-side SVG: the page template draws the shapes this computes, and a table
 * beside it carries the same figures as text. Pure geometry, no markup, so the template escapes every label.
 *
 * @param description the chart's alternative text, one sentence
 * @param legend      the series, each with its colour
 */
record BarChart(String description, List<Series> legend, List<Bar> bars, List<Tick> ticks, List<Label> labels) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 36;
    private static final int RIGHT = 8;
    private static final int TOP = 12;
    private static final int BOTTOM = 36;
    /** Okabe and Ito's colours, told apart by people with any common colour-vision deficiency. */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
            "#F0E442", "#000000");

    record Series(String name, String colour) {
    }

    /** A bar and its tooltip ({@code <title>}), e.g. "Housing and landlords, Oct 2026: 6". */
    record Bar(int x, int y, int width, int height, String colour, String title) {
    }

    record Tick(int y, String label) {
    }

    record Label(int x, String text) {
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    public int labelY() {
        return HEIGHT - BOTTOM + 16;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public boolean empty() {
        return bars.stream().allMatch(bar -> bar.height() == 0);
    }

    /**
     * @param categories the groups along the x axis (weeks, months), in order
     * @param series     names of the series, one value per category each: {@code values.get(series).get(category)}
     */
    static BarChart of(String description, List<String> categories, List<String> series, List<List<Integer>> values) {
        int max = values.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
        int top = niceCeiling(max);
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int groupWidth = categories.isEmpty() ? 0 : (WIDTH - LEFT - RIGHT) / categories.size();
        int barWidth = series.isEmpty() ? 0 : Math.max(2, (groupWidth - 6) / series.size());
        List<Series> legend = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            legend.add(new Series(series.get(s), PALETTE.get(s % PALETTE.size())));
        }
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            int groupX = LEFT + c * groupWidth + 3;
            labels.add(new Label(groupX + (groupWidth - 6) / 2, categories.get(c)));
            for (int s = 0; s < series.size(); s++) {
                int value = values.get(s).get(c);
                int height = top == 0 ? 0 : (int) Math.round((double) value * plotHeight / top);
                bars.add(new Bar(groupX + s * barWidth, TOP + plotHeight - height, Math.max(1, barWidth - 1), height,
                        legend.get(s).colour(), series.get(s) + ", " + categories.get(c) + ": " + value));
            }
        }
        List<Tick> ticks = List.of(new Tick(TOP + plotHeight, "0"), new Tick(TOP + plotHeight / 2, half(top)),
                new Tick(TOP, String.valueOf(top)));
        return new BarChart(description, legend, bars, top == 0 ? List.of(ticks.get(0)) : ticks, labels);
    }

    private static String half(int top) {
        return top % 2 == 0 ? String.valueOf(top / 2) : String.valueOf(top / 2.0);
    }

    /** 1, 2, 5, 10, 20, 50, ... at or above the value. */
    static int niceCeiling(int value) {
        if (value <= 0) {
            return 0;
        }
        int step = 1;
        while (true) {
            for (int factor : new int[] {1, 2, 5}) {
                if (step * factor >= value) {
                    return step * factor;
                }
            }
            step *= 10;
        }
    }
}
