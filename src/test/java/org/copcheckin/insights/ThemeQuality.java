package org.copcheckin.insights;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.copcheckin.checkins.PromptKind;

/**
 * Precision and recall of theme matching per theme, on the labelled replies in {@code insights/themes/}: the
 * tuning part (rules may be shaped by it) and the held-out part (never tuned on; the figures reported).
 */
public final class ThemeQuality {

    public static final String TUNING = "insights/themes/tuning.tsv";
    public static final String HELD_OUT = "insights/themes/held-out.tsv";

    /** One reply and the themes a reader gives it. */
    public record Labelled(String text, Set<String> themes) {
    }

    /** Counts for one theme over a labelled set. */
    public record Score(String theme, int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? 1.0 : (double) truePositives / found;
        }

        public double recall() {
            int labelled = truePositives + falseNegatives;
            return labelled == 0 ? 1.0 : (double) truePositives / labelled;
        }
    }

    private ThemeQuality() {
    }

    public static List<Labelled> load(String resource) {
        List<Labelled> replies = new ArrayList<>();
        try (InputStream in = ThemeQuality.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No labelled set at " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 2);
                Set<String> themes = cells[0].equals("-") ? Set.of() : new LinkedHashSet<>(Arrays.asList(cells[0].split(",")));
                replies.add(new Labelled(cells[1], themes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return replies;
    }

    /** Scores per theme id, in the order given. */
    public static Map<String, Score> score(List<Labelled> replies, Function<String, Set<String>> matcher,
                                           Collection<String> themeIds) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        themeIds.forEach(id -> counts.put(id, new int[3]));
        for (Labelled reply : replies) {
            Set<String> found = matcher.apply(reply.text());
            for (String id : themeIds) {
                boolean labelled = reply.themes().contains(id);
                boolean matched = found.contains(id);
                int[] c = counts.get(id);
                if (labelled && matched) {
                    c[0]++;
                } else if (matched) {
                    c[1]++;
                } else if (labelled) {
                    c[2]++;
                }
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        counts.forEach((id, c) -> scores.put(id, new Score(id, c[0], c[1], c[2])));
        return scores;
    }

    /** The bundled analyser's themes for one reply to a challenge prompt, as the intake finds them. */
    public static Function<String, Set<String>> bundledMatcher() {
        ReplyAnalyser analyser = ReplyAnalyser.withDefaults();
        return text -> analyser.analyse(PromptKind.CHALLENGE, text, Set.of()).themes();
    }

    /** The bundled taxonomy's theme ids, in its order. */
    public static List<String> bundledThemeIds() {
        return List.copyOf(ReplyAnalyser.withDefaults().taxonomy().labels().keySet());
    }

    /** One line per theme: precision, recall and the counts behind them. */
    public static List<String> lines(Map<String, Score> scores) {
        List<String> lines = new ArrayList<>();
        scores.values().forEach(s -> lines.add(String.format("%-20s precision %5.1f%%  recall %5.1f%%  (%d right, %d wrongly "
                + "added, %d missed)", s.theme(), 100 * s.precision(), 100 * s.recall(), s.truePositives(),
                s.falsePositives(), s.falseNegatives())));
        return lines;
    }
}
