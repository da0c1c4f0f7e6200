package org.copcheckin.insights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The benchmark's answer-family figures: what loading them costs at start-up, and grouping a large check-in. */
public final class AnswerFamiliesFigures {

    private AnswerFamiliesFigures() {
    }

    public static List<String> benchmark() {
        List<String> lines = new ArrayList<>();
        Taxonomy taxonomy = ReplyAnalyser.withDefaults().taxonomy();
        long start = System.nanoTime();
        AnswerFamilies families = AnswerFamilies.bundled(taxonomy);
        double loadMillis = (System.nanoTime() - start) / 1e6;
        int words = families.families().stream().mapToInt(f -> f.members().size()).sum();
        long feelings = families.families().stream().filter(f -> !f.id().startsWith("theme:")).count();
        lines.add(String.format("answer families: %d (%d feelings from WordNet 3.1, %d themes), %,d words, loaded in "
                + "%.1f ms at start-up (file of %,d bytes; the 11 MB WordNet jar is test scope only)",
                families.families().size(), feelings, families.families().size() - feelings, words, loadMillis,
                resourceSize()));
        // a word check-in of 2,000 people answering with 400 distinct words, most of them in some family
        List<String> vocabulary = new ArrayList<>();
        families.families().forEach(f -> vocabulary.addAll(f.members()));
        Random random = new Random(17);
        Map<String, Integer> answers = new HashMap<>();
        for (int p = 0; p < 2_000; p++) {
            String word = random.nextInt(10) == 0 ? "other" + random.nextInt(200) : vocabulary.get(random.nextInt(400));
            answers.merge(word, 1, Integer::sum);
        }
        for (int i = 0; i < 200; i++) {
            families.group(answers, 3, w -> true);
        }
        int rounds = 1_000;
        start = System.nanoTime();
        AnswerFamilies.Grouped grouped = null;
        for (int i = 0; i < rounds; i++) {
            grouped = families.group(answers, 3, w -> true);
        }
        lines.add(String.format("answer families: grouping a word check-in of 2,000 people and %d distinct words: "
                + "%.2f ms (%d families shown)", answers.size(), (System.nanoTime() - start) / 1e6 / rounds,
                grouped.families().size()));
        return lines;
    }

    private static long resourceSize() {
        try (var in = AnswerFamilies.class.getResourceAsStream(AnswerFamilies.BUNDLED)) {
            return in.readAllBytes().length;
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
