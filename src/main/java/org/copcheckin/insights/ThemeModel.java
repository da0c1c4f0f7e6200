package org.copcheckin.insights;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The theme classifier of English replies: for each theme it knows, a logistic regression over
 * {@link ThemeFeatures} (closed-vocabulary stems, neighbouring pairs of them, number classes and the taxonomy
 * rules' own findings), trained on the labelled replies by the test-scope {@code ThemeModelTrainer} and shipped as
 * {@code insights/theme-model.txt}, with a threshold per theme chosen on cross-validated scores. A theme the model
 * does not know (a deployment's own) is decided by the taxonomy's rules alone. Scoring is hash look-ups over the
 * sentences the rules already read: no strings are built. Immutable and thread-safe; keeps nothing of the text.
 */
final class ThemeModel {

    static final String BUNDLED = "/insights/theme-model.txt";

    /** No model: the rules decide every theme (French and Spanish communities, tests of the rules alone). */
    static final ThemeModel NONE = new ThemeModel(new String[0], new float[0], new float[0], Map.of(), new float[0][],
            new long[0], new float[0][], Map.of());

    private final String[] themeIds;
    private final float[] bias;
    private final float[] threshold;
    private final Map<String, Integer> tokens;
    private final float[][] tokenWeights;
    private final long[] pairKeys;
    private final float[][] pairWeights;
    private final Map<String, float[]> ruleWeights;

    private ThemeModel(String[] themeIds, float[] bias, float[] threshold, Map<String, Integer> tokens,
                       float[][] tokenWeights, long[] pairKeys, float[][] pairWeights, Map<String, float[]> ruleWeights) {
        this.themeIds = themeIds;
        this.bias = bias;
        this.threshold = threshold;
        this.tokens = tokens;
        this.tokenWeights = tokenWeights;
        this.pairKeys = pairKeys;
        this.pairWeights = pairWeights;
        this.ruleWeights = ruleWeights;
    }

    static ThemeModel bundled() {
        try (InputStream in = ThemeModel.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("No theme model at " + BUNDLED);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the model's text: {@code theme <id> <bias> <threshold>} lines, then {@code f <feature> <theme index>:<weight>
     * ...} lines, tab-separated; a feature is a word, two words with a space, a number class or {@code rule:<id>}.
     */
    static ThemeModel read(BufferedReader reader) throws IOException {
        List<String> ids = new ArrayList<>();
        List<float[]> heads = new ArrayList<>();
        Map<String, float[]> features = new HashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells[0].equals("theme")) {
                ids.add(cells[1]);
                heads.add(new float[] {Float.parseFloat(cells[2]), Float.parseFloat(cells[3])});
            } else if (cells[0].equals("f")) {
                float[] weights = new float[ids.size()];
                for (String cell : cells[2].split(" ")) {
                    int colon = cell.indexOf(':');
                    weights[Integer.parseInt(cell.substring(0, colon))] = Float.parseFloat(cell.substring(colon + 1));
                }
                features.put(cells[1], weights);
            } else {
                throw new IllegalArgumentException("Unknown line in the theme model: " + cells[0]);
            }
        }
        return build(ids, heads, features);
    }

    private static ThemeModel build(List<String> ids, List<float[]> heads, Map<String, float[]> features) {
        float[] bias = new float[ids.size()];
        float[] threshold = new float[ids.size()];
        for (int t = 0; t < ids.size(); t++) {
            bias[t] = heads.get(t)[0];
            threshold[t] = heads.get(t)[1];
        }
        Map<String, Integer> tokens = new HashMap<>();
        List<float[]> tokenWeights = new ArrayList<>();
        Map<String, float[]> rules = new HashMap<>();
        Map<Long, float[]> pairs = new HashMap<>();
        features.keySet().stream().sorted().forEach(feature -> {
            if (feature.startsWith(ThemeFeatures.RULE)) {
                rules.put(feature.substring(ThemeFeatures.RULE.length()), features.get(feature));
            } else if (feature.indexOf(' ') < 0) {
                tokenWeights.add(features.get(feature));
                tokens.put(feature, tokens.size());
            }
        });
        features.forEach((feature, weights) -> {
            int space = feature.indexOf(' ');
            if (space > 0 && !feature.startsWith(ThemeFeatures.RULE)) {
                pairs.put(key(token(tokens, tokenWeights, feature.substring(0, space), ids.size()),
                        token(tokens, tokenWeights, feature.substring(space + 1), ids.size())), weights);
            }
        });
        long[] keys = pairs.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        float[][] pairWeights = new float[keys.length][];
        for (int i = 0; i < keys.length; i++) {
            pairWeights[i] = pairs.get(keys[i]);
        }
        return new ThemeModel(ids.toArray(String[]::new), bias, threshold, Map.copyOf(tokens),
                tokenWeights.toArray(float[][]::new), keys, pairWeights, Map.copyOf(rules));
    }

    /** A word that only appears in pairs still needs an index, with no weights of its own. */
    private static int token(Map<String, Integer> tokens, List<float[]> weights, String word, int themes) {
        return tokens.computeIfAbsent(word, w -> {
            weights.add(new float[themes]);
            return weights.size() - 1;
        });
    }

    private static long key(int first, int second) {
        return ((long) first << 32) | (second & 0xffffffffL);
    }

    boolean knows(String themeId) {
        return indexOfTheme(themeId) >= 0;
    }

    List<String> themeIds() {
        return List.of(themeIds);
    }

    /**
     * The themes of a reply, in the order of {@code taxonomyIds}: a theme the model knows when its score reaches the
     * theme's threshold, any other when the rules found it.
     */
    Set<String> themes(List<ThemeText.Sentence> sentences, Set<String> ruleThemes, List<String> taxonomyIds) {
        if (themeIds.length == 0) {
            return ruleThemes;
        }
        float[] scores = scores(sentences, ruleThemes);
        Set<String> themes = new LinkedHashSet<>();
        for (String id : taxonomyIds) {
            int t = indexOfTheme(id);
            if (t < 0 ? ruleThemes.contains(id) : scores[t] >= threshold[t]) {
                themes.add(id);
            }
        }
        return themes;
    }

    /** Each known theme's score (a logit) minus its threshold, in {@link #themeIds()} order: for tests and tuning. */
    float[] margins(List<ThemeText.Sentence> sentences, Set<String> ruleThemes) {
        float[] scores = scores(sentences, ruleThemes);
        for (int t = 0; t < scores.length; t++) {
            scores[t] -= threshold[t];
        }
        return scores;
    }

    private float[] scores(List<ThemeText.Sentence> sentences, Set<String> ruleThemes) {
        int words = 0;
        for (ThemeText.Sentence sentence : sentences) {
            words += sentence.stems().length;
        }
        // each feature counts once per reply: collect the indexes of words (>= 0) and pairs (< 0), then dedupe
        long[] found = new long[words * 2];
        int n = 0;
        for (ThemeText.Sentence sentence : sentences) {
            int previous = -1;
            for (String stem : sentence.stems()) {
                int token = index(stem);
                if (token >= 0) {
                    found[n++] = token;
                    if (previous >= 0) {
                        int pair = Arrays.binarySearch(pairKeys, key(previous, token));
                        if (pair >= 0) {
                            found[n++] = -1L - pair;
                        }
                    }
                }
                previous = token;
            }
        }
        Arrays.sort(found, 0, n);
        float[] scores = bias.clone();
        for (int i = 0; i < n; i++) {
            if (i > 0 && found[i] == found[i - 1]) {
                continue;
            }
            add(scores, found[i] >= 0 ? tokenWeights[(int) found[i]] : pairWeights[(int) (-1L - found[i])]);
        }
        for (String theme : ruleThemes) {
            float[] weights = ruleWeights.get(theme);
            if (weights != null) {
                add(scores, weights);
            }
        }
        return scores;
    }

    /** The index of a stem's feature: the word itself or its number class; -1 when the model has none. */
    private int index(String stem) {
        if (stem.isEmpty()) {
            return -1;
        }
        Integer token = tokens.get(Character.isDigit(stem.charAt(0)) ? ThemeFeatures.number(stem) : stem);
        return token == null ? -1 : token;
    }

    private int indexOfTheme(String id) {
        for (int t = 0; t < themeIds.length; t++) {
            if (themeIds[t].equals(id)) {
                return t;
            }
        }
        return -1;
    }

    private static void add(float[] scores, float[] weights) {
        for (int t = 0; t < scores.length; t++) {
            scores[t] += weights[t];
        }
    }
}
