package org.copcheckin.insights;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Issue 17's experiment with a sentence embedding (the quantised all-MiniLM-L6-v2 of LangChain4j, ONNX Runtime):
 * per-theme logistic regressions over the embedding of the anonymised reply, alone, with the taxonomy's rule findings,
 * and with the theme model's own features (closed-vocabulary stems, pairs, number classes, rules). Everything is fit
 * on {@link ThemeQuality#training()} only: L2 and each theme's threshold are chosen on five-fold cross-validated
 * scores of the training replies (thresholds on the training set of 2026-12-03, as {@link ThemeModelTrainer} does);
 * the held-out sets are only scored, once, with the configuration the training set chose. Prints the figures and the
 * embedding's cost. Not a test and not shipped: run it from the test classpath.
 */
public final class ThemeEmbeddingExperiment {

    static final int ITERATIONS = 300;
    static final int FOLDS = 5;
    static final double DENSE_SCALE = 4.0;

    private record Example(int[] sparse, float[] dense, Set<String> themes, boolean fresh) {
    }

    private record Config(String name, boolean dense, boolean rules, boolean words, double l2) {
    }

    private ThemeEmbeddingExperiment() {
    }

    public static void main(String[] args) throws Exception {
        List<String> out = new ArrayList<>();
        long rss0 = rssKb();
        long heap0 = heapUsed();
        long t0 = System.nanoTime();
        AllMiniLmL6V2QuantizedEmbeddingModel embedder = new AllMiniLmL6V2QuantizedEmbeddingModel();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        long t1 = System.nanoTime();
        embedder.embed("warming up the session").content().vector();
        double firstMs = (System.nanoTime() - t1) / 1e6;
        out.add(String.format(Locale.ROOT, "embedding model: constructed in %.0f ms, first embedding %.0f ms; RSS +%d MB, "
                + "heap +%d MB after loading", loadMs, firstMs, (rssKb() - rss0) / 1024, (heapUsed() - heap0) >> 20));

        Taxonomy taxonomy = Taxonomy.load(new org.springframework.core.io.ClassPathResource("insights/taxonomy.yml"));
        Vocabulary vocabulary = Vocabulary.bundled(Vocabulary.DEFAULT_LANGUAGE, taxonomy.keywordWords());
        ReplyAnonymiser anonymiser = new ReplyAnonymiser(NameList.bundled(taxonomy.keywordWords()), vocabulary);
        List<String> themeIds = List.copyOf(taxonomy.labels().keySet());

        // -DsecondPass=true adds training-2026-12-03b.tsv, as ThemeModelTrainer --second-pass does
        boolean secondPass = Boolean.getBoolean("secondPass");
        List<ThemeQuality.Labelled> training = secondPass ? ThemeQuality.trainingWithSecondPass() : ThemeQuality.training();
        Set<ThemeQuality.Labelled> fresh = new HashSet<>(ThemeQuality.load(ThemeQuality.TRAINING_2026_12_03));
        if (secondPass) {
            fresh.addAll(ThemeQuality.load(ThemeQuality.TRAINING_2026_12_03B));
        }
        List<ThemeQuality.Labelled> heldNew = ThemeQuality.load(ThemeQuality.HELD_OUT_2026_12_03);
        List<ThemeQuality.Labelled> heldOld = ThemeQuality.heldOut();

        // embeddings of the anonymised text only, cold (first 200 replies) then warm
        List<ThemeQuality.Labelled> all = new ArrayList<>(training);
        all.addAll(heldNew);
        all.addAll(heldOld);
        Map<String, float[]> embeddings = new HashMap<>();
        long[] each = new long[all.size()];
        for (int i = 0; i < all.size(); i++) {
            String anonymised = anonymiser.anonymise(all.get(i).text(), Set.of());
            long t = System.nanoTime();
            float[] v = embedder.embed(anonymised).content().vector();
            each[i] = System.nanoTime() - t;
            embeddings.put(all.get(i).text(), v);
        }
        out.add("embedding per reply, first 200 after start: " + stats(Arrays.copyOf(each, 200)));
        out.add("embedding per reply, all " + each.length + " replies in turn (first pass): " + stats(each));
        long[] warm = new long[2000];
        for (int i = 0; i < warm.length; i++) {
            String anonymised = anonymiser.anonymise(all.get(i % all.size()).text(), Set.of());
            long t = System.nanoTime();
            embedder.embed(anonymised);
            warm[i] = System.nanoTime() - t;
        }
        out.add("embedding per reply, warm (2,000 more): " + stats(warm));
        out.add(String.format(Locale.ROOT, "after embedding: RSS %d MB, heap used %d MB", rssKb() / 1024, heapUsed() >> 20));
        out.forEach(System.out::println);

        // features
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Set<String>> featureSets = new HashMap<>();
        Map<String, Set<String>> ruleSets = new HashMap<>();
        for (ThemeQuality.Labelled reply : all) {
            List<ThemeText.Sentence> sentences = ThemeText.sentences(anonymiser.anonymise(reply.text(), Set.of()));
            Set<String> rules = taxonomy.themesOf(sentences);
            ruleSets.put(reply.text(), rules);
            featureSets.put(reply.text(), ThemeFeatures.of(sentences, rules, vocabulary));
        }
        training.forEach(r -> featureSets.get(r.text()).forEach(f -> counts.merge(f, 1, Integer::sum)));

        List<Config> configs = new ArrayList<>();
        for (double l2 : new double[] {0.002, 0.008}) {
            configs.add(new Config("embedding alone", true, false, false, l2));
            configs.add(new Config("embedding + rules", true, true, false, l2));
            configs.add(new Config("embedding + words + rules", true, true, true, l2));
        }
        configs.add(new Config("words + rules (main's features)", false, true, true, 0.008));
        // -Dconfigs=2,6 runs only those (1-based, in the order above)
        String only = System.getProperty("configs");
        if (only != null) {
            List<Config> chosen = new ArrayList<>();
            for (String n : only.split(",")) {
                chosen.add(configs.get(Integer.parseInt(n.trim()) - 1));
            }
            configs = chosen;
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<String, List<String>> report = new LinkedHashMap<>();
        Map<String, Double> cvByName = new LinkedHashMap<>();
        for (Config config : configs) {
            List<String> names = counts.entrySet().stream()
                    .filter(e -> config.words() ? (e.getValue() >= 2 || e.getKey().startsWith(ThemeFeatures.RULE))
                            : config.rules() && e.getKey().startsWith(ThemeFeatures.RULE))
                    .map(Map.Entry::getKey).sorted().toList();
            Map<String, Integer> index = new HashMap<>();
            names.forEach(n -> index.put(n, index.size()));
            Function<ThemeQuality.Labelled, Example> example = r -> new Example(
                    featureSets.get(r.text()).stream().filter(index::containsKey).mapToInt(index::get).sorted().toArray(),
                    config.dense() ? embeddings.get(r.text()) : new float[0], r.themes(), fresh.contains(r));
            List<Example> train = training.stream().map(example).toList();
            List<Example> newHeld = heldNew.stream().map(example).toList();
            List<Example> oldHeld = heldOld.stream().map(example).toList();
            int sparse = names.size();
            int dense = config.dense() ? 384 : 0;
            List<Future<double[][]>> fits = new ArrayList<>();
            for (String theme : themeIds) {
                fits.add(pool.submit(() -> {
                    double[] oof = outOfFold(train, theme, sparse, dense, config.l2());
                    double[] thresholdAndF1 = threshold(train, oof, theme);
                    double[] w = fit(train, theme, sparse, dense, config.l2(), null);
                    return new double[][] {w, thresholdAndF1};
                }));
            }
            Map<String, double[]> weights = new HashMap<>();
            Map<String, Double> thresholds = new HashMap<>();
            double cv = 0;
            for (int t = 0; t < themeIds.size(); t++) {
                double[][] r = fits.get(t).get();
                weights.put(themeIds.get(t), r[0]);
                thresholds.put(themeIds.get(t), r[1][0]);
                cv += r[1][1] / themeIds.size();
            }
            String key = config.name() + ", L2 " + config.l2();
            cvByName.put(key, cv);
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "== %s: cross-validated F1 on the training set of 2026-12-03 %.3f", key, cv));
            for (var held : List.of(Map.entry("held-out 2026-12-03", newHeld), Map.entry("older held-out", oldHeld),
                    Map.entry("training (fit on)", train))) {
                Map<String, ThemeQuality.Score> scores = score(held.getValue(), themeIds, weights, thresholds);
                lines.add("  " + held.getKey() + ": " + overall(scores));
                if (held.getKey().startsWith("held-out")) {
                    ThemeQuality.lines(scores).forEach(l -> lines.add("    " + l));
                }
            }
            report.put(key, lines);
            lines.forEach(System.out::println);
        }
        pool.shutdown();
        System.out.println("chosen on the training set's cross-validated F1 alone: "
                + cvByName.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow());
        if (args.length > 0) {
            List<String> all2 = new ArrayList<>(out);
            report.values().forEach(all2::addAll);
            Files.write(Path.of(args[0]), all2);
        }
    }

    private static Map<String, ThemeQuality.Score> score(List<Example> examples, List<String> themeIds,
                                                         Map<String, double[]> weights, Map<String, Double> thresholds) {
        Map<String, ThemeQuality.Score> scores = new LinkedHashMap<>();
        for (String theme : themeIds) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Example e : examples) {
                boolean found = score(weights.get(theme), e) >= thresholds.get(theme);
                boolean labelled = e.themes().contains(theme);
                if (found && labelled) {
                    tp++;
                } else if (found) {
                    fp++;
                } else if (labelled) {
                    fn++;
                }
            }
            scores.put(theme, new ThemeQuality.Score(theme, tp, fp, fn));
        }
        return scores;
    }

    private static String overall(Map<String, ThemeQuality.Score> scores) {
        int tp = scores.values().stream().mapToInt(ThemeQuality.Score::truePositives).sum();
        int fp = scores.values().stream().mapToInt(ThemeQuality.Score::falsePositives).sum();
        int fn = scores.values().stream().mapToInt(ThemeQuality.Score::falseNegatives).sum();
        long both = scores.values().stream().filter(s -> s.precision() >= 0.9 && s.recall() >= 0.9).count();
        return String.format(Locale.ROOT, "precision %.1f%%, recall %.1f%%, themes at 90%% of both: %d of %d",
                100.0 * tp / (tp + fp), 100.0 * tp / (tp + fn), both, scores.size());
    }

    private static double[] outOfFold(List<Example> examples, String theme, int sparse, int dense, double l2) {
        double[] scores = new double[examples.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            boolean[] left = new boolean[examples.size()];
            for (int i = fold; i < examples.size(); i += FOLDS) {
                left[i] = true;
            }
            double[] w = fit(examples, theme, sparse, dense, l2, left);
            for (int i = fold; i < examples.size(); i += FOLDS) {
                scores[i] = score(w, examples.get(i));
            }
        }
        return scores;
    }

    /** The threshold with the best F1 on the fresh training replies' out-of-fold scores, and that F1. */
    private static double[] threshold(List<Example> examples, double[] scores, String theme) {
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
                best = f1;
                threshold = k + 1 < order.length ? (scores[order[k]] + scores[order[k + 1]]) / 2 : scores[order[k]] - 1;
            }
        }
        return new double[] {threshold, best};
    }

    private static double score(double[] w, Example e) {
        int sparse = w.length - 1 - e.dense().length;
        double z = w[w.length - 1];
        for (int f : e.sparse()) {
            z += w[f];
        }
        for (int d = 0; d < e.dense().length; d++) {
            z += w[sparse + d] * e.dense()[d] * DENSE_SCALE;
        }
        return z;
    }

    private static double[] fit(List<Example> examples, String theme, int sparse, int dense, double l2, boolean[] left) {
        int size = sparse + dense + 1;
        double[] w = new double[size];
        double[] m = new double[size];
        double[] v = new double[size];
        double[] g = new double[size];
        int n = 0;
        for (int i = 0; i < examples.size(); i++) {
            n += left != null && left[i] ? 0 : 1;
        }
        for (int it = 1; it <= ITERATIONS; it++) {
            for (int f = 0; f < size - 1; f++) {
                g[f] = l2 * w[f];
            }
            g[size - 1] = 0;
            for (int i = 0; i < examples.size(); i++) {
                if (left != null && left[i]) {
                    continue;
                }
                Example e = examples.get(i);
                double p = 1 / (1 + Math.exp(-score(w, e)));
                double error = (p - (e.themes().contains(theme) ? 1 : 0)) / n;
                for (int f : e.sparse()) {
                    g[f] += error;
                }
                for (int d = 0; d < e.dense().length; d++) {
                    g[sparse + d] += error * e.dense()[d] * DENSE_SCALE;
                }
                g[size - 1] += error;
            }
            double c1 = 1 - Math.pow(0.9, it);
            double c2 = 1 - Math.pow(0.999, it);
            for (int f = 0; f < size; f++) {
                m[f] = 0.9 * m[f] + 0.1 * g[f];
                v[f] = 0.999 * v[f] + 0.001 * g[f] * g[f];
                w[f] -= 0.05 * (m[f] / c1) / (Math.sqrt(v[f] / c2) + 1e-8);
            }
        }
        return w;
    }

    private static String stats(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "median %.2f ms, p99 %.2f ms, max %.1f ms", sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 99 / 100] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static long heapUsed() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }
}
