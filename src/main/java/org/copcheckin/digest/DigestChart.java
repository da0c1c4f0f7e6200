package org.copcheckin.digest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalInt;

import javax.imageio.ImageIO;

import org.copcheckin.community.Language;

/**
 * Draws the digest's {@link Digest.Chart} as a PNG, headless, with Java 2D: the period's themes as horizontal bars
 * with their counts, then a small heatmap of the same themes per week with the count in each cell. A hidden cell
 * (fewer than k people, or none) is grey with hatching, explained in the legend, never a 0. Colours are from the
 * Okabe-Ito palette, safe for the common colour-vision deficiencies, and every value is also written as a number,
 * so nothing depends on telling colours apart.
 */
final class DigestChart {

    static final int WIDTH = 960;
    static final int ROW = 28;
    private static final int LABEL = 250;
    private static final int MARGIN = 24;
    /** Okabe-Ito blue, its light tint for the weakest heatmap cells, and greys for hidden cells. */
    static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    static final Color LIGHT = new Color(0xDC, 0xEA, 0xF5);
    static final Color HIDDEN = new Color(0xE4, 0xE4, 0xE4);
    static final Color HATCH = new Color(0x8C, 0x8C, 0x8C);
    private static final Color TEXT = new Color(0x21, 0x21, 0x21);

    static {
        // no display on a server: AWT must never try to open one
        System.setProperty("java.awt.headless", "true");
    }

    private DigestChart() {
    }

    /** The height the chart takes for its data: two titles, the bars, the week header, the rows and the legend. */
    static int height(Digest.Chart data) {
        return MARGIN + 30 + data.bars().size() * ROW + 24 + 30 + 26 + data.rows().size() * ROW + 24 + 30 + MARGIN;
    }

    static byte[] png(Digest.Chart data) {
        return png(data, Language.EN);
    }

    /** The chart with its titles and legend in the community's language. */
    static byte[] png(Digest.Chart data, Language l) {
        BufferedImage image = new BufferedImage(WIDTH, height(data), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            int y = bars(g, data, MARGIN, l);
            y = heatmap(g, data, y + 24, l);
            legend(g, data, y + 24, l);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw the digest chart", e);
        }
        return out.toByteArray();
    }

    private static int bars(Graphics2D g, Digest.Chart data, int top, Language l) {
        title(g, l.text("chart.title.bars"), top);
        int y = top + 30;
        int max = data.bars().stream().mapToInt(Digest.Chart.Bar::people).max().orElse(1);
        int room = WIDTH - MARGIN - LABEL - 60;
        for (Digest.Chart.Bar bar : data.bars()) {
            label(g, bar.label(), y);
            int length = Math.max(2, (int) Math.round((double) room * bar.people() / max));
            g.setColor(BLUE);
            g.fillRect(LABEL, y + 5, length, ROW - 10);
            g.setColor(TEXT);
            g.setFont(font(Font.BOLD, 13));
            g.drawString(Integer.toString(bar.people()), LABEL + length + 8, y + ROW / 2 + 5);
            y += ROW;
        }
        return y;
    }

    private static int heatmap(Graphics2D g, Digest.Chart data, int top, Language l) {
        title(g, l.text("chart.title.heatmap"), top);
        DateTimeFormatter week = DateTimeFormatter.ofPattern("d MMM", l.locale());
        int y = top + 30;
        int columns = Math.max(1, data.weeks().size());
        int cell = Math.min(80, (WIDTH - MARGIN - LABEL) / columns);
        g.setFont(font(Font.PLAIN, 11));
        g.setColor(TEXT);
        for (int c = 0; c < data.weeks().size(); c++) {
            centred(g, week.format(data.weeks().get(c)), LABEL + c * cell, cell, y + 16);
        }
        y += 26;
        int max = data.rows().stream().flatMap(r -> r.cells().stream()).filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt).max().orElse(1);
        for (Digest.Chart.Row row : data.rows()) {
            label(g, row.label(), y);
            for (int c = 0; c < row.cells().size(); c++) {
                Rectangle2D box = new Rectangle2D.Double(LABEL + c * cell + 1, y + 1, cell - 2, ROW - 2);
                OptionalInt people = row.cells().get(c);
                if (people.isEmpty()) {
                    hidden(g, box);
                } else {
                    double share = max == 0 ? 1 : (double) people.getAsInt() / max;
                    Color fill = mix(LIGHT, BLUE, share);
                    g.setColor(fill);
                    g.fill(box);
                    g.setColor(luminance(fill) < 0.45 ? Color.WHITE : TEXT);
                    g.setFont(font(Font.BOLD, 12));
                    centred(g, Integer.toString(people.getAsInt()), (int) box.getX(), (int) box.getWidth(), y + ROW / 2 + 5);
                }
            }
            y += ROW;
        }
        return y;
    }

    private static void legend(Graphics2D g, Digest.Chart data, int top, Language l) {
        hidden(g, new Rectangle2D.Double(LABEL, top, 28, 18));
        g.setColor(TEXT);
        g.setFont(font(Font.PLAIN, 12));
        g.drawString(l.text("chart.legend.hidden", data.k()), LABEL + 36, top + 14);
        g.setColor(LIGHT);
        g.fillRect(LABEL, top + 24, 14, 18);
        g.setColor(BLUE);
        g.fillRect(LABEL + 14, top + 24, 14, 18);
        g.setColor(TEXT);
        g.drawString(l.text("chart.legend.shades"), LABEL + 36, top + 38);
    }

    private static void hidden(Graphics2D g, Rectangle2D box) {
        g.setColor(HIDDEN);
        g.fill(box);
        Shape clip = g.getClip();
        g.clip(box);
        g.setColor(HATCH);
        g.setStroke(new BasicStroke(1f));
        for (int x = (int) box.getX() - (int) box.getHeight(); x < box.getMaxX(); x += 7) {
            g.drawLine(x, (int) box.getMaxY(), x + (int) box.getHeight(), (int) box.getY());
        }
        g.setClip(clip);
    }

    private static void title(Graphics2D g, String text, int top) {
        g.setColor(TEXT);
        g.setFont(font(Font.BOLD, 16));
        g.drawString(text, MARGIN, top + 18);
    }

    private static void label(Graphics2D g, String text, int y) {
        g.setColor(TEXT);
        g.setFont(font(Font.PLAIN, 13));
        FontMetrics metrics = g.getFontMetrics();
        String shown = text;
        while (metrics.stringWidth(shown) > LABEL - MARGIN - 10 && shown.length() > 4) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        g.drawString(shown, LABEL - 10 - metrics.stringWidth(shown), y + ROW / 2 + 5);
    }

    private static void centred(Graphics2D g, String text, int x, int width, int baseline) {
        g.drawString(text, x + (width - g.getFontMetrics().stringWidth(text)) / 2, baseline);
    }

    private static Font font(int style, int size) {
        return new Font(Font.SANS_SERIF, style, size);
    }

    static Color mix(Color from, Color to, double share) {
        double t = Math.max(0, Math.min(1, share));
        return new Color((int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * t),
                (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * t),
                (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * t));
    }

    private static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }

    /** Used by the alt text: how a row reads week by week ("4, hidden, 5"). */
    static String cells(List<OptionalInt> cells) {
        return cells(cells, Language.EN);
    }

    static String cells(List<OptionalInt> cells, Language l) {
        String hidden = l.text("chart.cell.hidden");
        return String.join(", ", cells.stream().map(c -> c.isPresent() ? Integer.toString(c.getAsInt()) : hidden)
                .toList());
    }
}
