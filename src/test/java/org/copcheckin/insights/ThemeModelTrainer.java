package org.copcheckin.insights;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains the shipped theme model ({@code insights/theme-model.txt}) on the training replies only
 * ({@link ThemeQuality#training()}): one logistic regression per theme of the bundled taxonomy over
 * {@link ThemeFeatures} of the anonymised reply, L2-regularised (0.008, the best of 0.0005 to 0.03 in
 * cross-validation), full-batch Adam, no randomness, so the same sets give the same file. Each theme's threshold is
 * the one with the best F1 on the five-fold cross-validated scores of the training set of 2026-12-03: the taxonomy's
 * rules were shaped on the older training replies, so only replies they never saw show how far a rule's finding can
 * be trusted. The held-out sets are never read. Features seen in fewer than two replies are left out, and
 * every feature is a closed-vocabulary word (or pair of them), a number class or a rule: no name can be in the file.
 * Run: {@code mvn -q test-compile} then {@code java -cp target/test-classes:target/classes:<test classpath>
 * org.copcheckin.insights.ThemeModelTrainer src/main/resources/insights/theme-model.txt} (add {@code --second-pass}
 * after a file name of your own for the trial with {@code training-2026-12-03b.tsv}).
 */
public final class ThemeModelTrainer {

    static final double L2 = 0.008;
    static final int ITERATIONS = 400;
    static final int FOLDS = 5;
    static final int MIN_REPLIES = 2;
    static final double KEPT = 0.002;

    /** Each theme's cross-validated F1 at its threshold, printed when the model is written. */
    static final Map<String, Double> BEST_F1 = new java.util.concurrent.ConcurrentHashMap<>();


    /** @param fresh from the training set of 2026-12-03, which no taxonomy rule was shaped by */
    private record Example(int[] features, Set<String> themes, boolean fresh) {
    }

    private ThemeModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/insights/theme-model.txt");
        Files.writeString(out, train(args.length > 1 && args[1].equals("--second-pass")), StandardCharsets.UTF_8);
        System.out.println("theme model written to " + out + "; cross-validated F1 per theme on the training set of "
                + "2026-12-03 " + BEST_F1
                + ", mean " + BEST_F1.values().stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    /**
     * The model's text, trained on {@link ThemeQuality#training()}, or with {@code secondPass} on
     * {@link ThemeQuality#trainingWithSecondPass()} (its replies also set the thresholds): issue 17's trial, not shipped.
     */
    static String train(boolean secondPass) {
        Taxonomy taxonomy = Taxonomy.load(new org.springframework.core.io.ClassPathResource("insights/taxonomy.yml"));
        Vocabulary vocabulary = Vocabulary.bundled(Vocabulary.DEFAULT_LANGUAGE, taxonomy.keywordWords());
        ReplyAnonymiser anonymiser = new ReplyAnonymiser(NameList.bundled(taxonomy.keywordWords()), vocabulary);
        List<ThemeQuality.Labelled> replies = secondPass ? ThemeQuality.trainingWithSecondPass() : ThemeQuality.training();
        Set<ThemeQuality.Labelled> fresh = new java.util.HashSet<>(ThemeQuality.load(ThemeQuality.TRAINING_2026_12_03));
        if (secondPass) {
            fresh.addAll(ThemeQuality.load(ThemeQuality.TRAINING_2026_12_03B));
        }
        List<Set<String>> featureSets = new ArrayList<>();
        Map<String, Integer> replyCounts = new HashMap<>();
        for (ThemeQuality.Labelled reply : replies) {
            List<ThemeText.Sentence> sentences = ThemeText.sentences(anonymiser.anonymise(reply.text(), Set.of()));
            Set<String> features = ThemeFeatures.of(sentences, taxonomy.themesOf(sentences), vocabulary);
            featureSets.add(features);
            features.forEach(f -> replyCounts.merge(f, 1, Integer::sum));
        }
        List<String> names = replyCounts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_REPLIES || e.getKey().startsWith(ThemeFeatures.RULE))
                .map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> index = new HashMap<>();
        names.forEach(name -> index.put(name, index.size()));
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            examples.add(new Example(featureSets.get(i).stream().filter(index::containsKey).mapToInt(index::get)
                    .sorted().toArray(), replies.get(i).themes(), fresh.contains(replies.get(i))));
        }
        List<String> themeIds = List.copyOf(taxonomy.labels().keySet());
        StringBuilder text = new StringBuilder("# Theme model of cop-checkin, written by ThemeModelTrainer from "
                + replies.size() + " labelled training replies (" + names.size() + " features); do not edit.\n"
                + "# theme <id> <bias> <threshold>, then f <feature> <theme index>:<weight> ...\n");
        double[][] weights = new double[themeIds.size()][];
        for (int t = 0; t < themeIds.size(); t++) {
            String theme = themeIds.get(t);
            double threshold = threshold(examples, theme, names.size());
            weights[t] = fit(examples, theme, names.size(), null);
            text.append(String.format(Locale.ROOT, "theme\t%s\t%.4f\t%.4f%n", theme, weights[t][names.size()], threshold));
        }
        Map<String, String> lines = new TreeMap<>();
        for (int f = 0; f < names.size(); f++) {
            StringBuilder cells = new StringBuilder();
            for (int t = 0; t < themeIds.size(); t++) {
                if (Math.abs(weights[t][f]) >= KEPT) {
                    cells.append(cells.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%d:%.4f", t, weights[t][f]));
                }
            }
            if (!cells.isEmpty()) {
                lines.put(names.get(f), cells.toString());
            }
        }
        lines.forEach((feature, cells) -> text.append("f\t").append(feature).append('\t').append(cells).append('\n'));
        return text.toString();
    }

    /** The score threshold with the best F1 on out-of-fold scores (every FOLDS-th reply left out in turn). */
    private static double threshold(List<Example> examples, String theme, int features) {
        double[] scores = new double[examples.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            boolean[] left = new boolean[examples.size()];
            for (int i = fold; i < examples.size(); i += FOLDS) {
                left[i] = true;
            }
            double[] w = fit(examples, theme, features, left);
            for (int i = fold; i < examples.size(); i += FOLDS) {
                scores[i] = score(w, examples.get(i).features());
            }
        }
        Integer[] order = java.util.stream.IntStream.range(0, examples.size())
                .filter(i -> examples.get(i).fresh()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        int positives = (int) Arrays.stream(order).filter(i -> examples.get(i).themes().contains(theme)).count();
        double best = -1;
        double threshold = 0;
        int right = 0;
        for (int k = 0; k < order.length; k++) {
            if (examples.get(order[k]).themes().contains(theme)) {
                right++;
            }
            double f1 = 2.0 * right / (k + 1 + positives);
            boolean tie = k + 1 < order.length && scores[order[k + 1]] == scores[order[k]];
            if (!tie && f1 > best) {
                BEST_F1.put(theme, f1);
                best = f1;
                threshold = k + 1 < order.length ? (scores[order[k]] + scores[order[k + 1]]) / 2 : scores[order[k]] - 1;
            }
        }
        return threshold;
    }

    private static double score(double[] w, int[] features) {
        double z = w[w.length - 1];
        for (int f : features) {
            z += w[f];
        }
        return z;
    }

    /** Weights (the bias last) minimising the mean log loss plus L2 over the replies not left out. */
    private static double[] fit(List<Example> examples, String theme, int features, boolean[] left) {
        double[] w = new double[features + 1];
        double[] m = new double[features + 1];
        double[] v = new double[features + 1];
        double[] g = new double[features + 1];
        int n = 0;
        for (int i = 0; i < examples.size(); i++) {
            n += left != null && left[i] ? 0 : 1;
        }
        double rate = 0.05;
        double beta1 = 0.9;
        double beta2 = 0.999;
        for (int it = 1; it <= ITERATIONS; it++) {
            for (int f = 0; f < features; f++) {
                g[f] = L2 * w[f];
            }
            g[features] = 0;
            for (int i = 0; i < examples.size(); i++) {
                if (left != null && left[i]) {
                    continue;
                }
                Example e = examples.get(i);
                double p = 1 / (1 + Math.exp(-score(w, e.features())));
                double error = (p - (e.themes().contains(theme) ? 1 : 0)) / n;
                for (int f : e.features()) {
                    g[f] += error;
                }
                g[features] += error;
            }
            double c1 = 1 - Math.pow(beta1, it);
            double c2 = 1 - Math.pow(beta2, it);
            for (int f = 0; f <= features; f++) {
                m[f] = beta1 * m[f] + (1 - beta1) * g[f];
                v[f] = beta2 * v[f] + (1 - beta2) * g[f] * g[f];
                w[f] -= rate * (m[f] / c1) / (Math.sqrt(v[f] / c2) + 1e-8);
            }
        }
        return w;
    }
}
