package org.copcheckin.insights;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Generates the bundled one-word answer families from WordNet 3.1 (through extjwnl, test scope only) and the seeds
 * in {@code insights/families/seeds.yml}. {@code AnswerFamiliesLexiconTest} checks that the shipped file is exactly
 * this output; run it with {@code -Dfamilies.write=true} to rewrite the file after changing the seeds.
 */
final class AnswerFamiliesLexicon {

    static final String SEEDS = "/insights/families/seeds.yml";
    static final Path SHIPPED = Path.of("src/main/resources/insights/answer-families.txt");

    /** One generated family: its members in alphabetical order. */
    record Generated(String id, String label, Set<String> members) {
    }

    private AnswerFamiliesLexicon() {
    }

    static List<Generated> generate() {
        Map<?, ?> root;
        try (InputStream in = AnswerFamiliesLexicon.class.getResourceAsStream(SEEDS)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Dictionary wordnet = Dictionary.getDefaultResourceInstance();
            Set<String> taken = new java.util.HashSet<>();
            List<Generated> families = new ArrayList<>();
            for (Object item : (List<?>) root.get("families")) {
                Map<?, ?> seed = (Map<?, ?>) item;
                Set<String> words = new LinkedHashSet<>();
                for (Object sense : (List<?>) seed.get("wordnet")) {
                    words.addAll(words(wordnet, String.valueOf(sense)));
                }
                words.removeAll(strings(seed.get("except")));
                words.addAll(strings(seed.get("also")));
                Set<String> members = new TreeSet<>();
                for (String word : words) {
                    // one-word answers are single words; a word belongs to the first family that has it
                    if (word.matches("[a-z]+") && taken.add(word)) {
                        members.add(word);
                    }
                }
                families.add(new Generated(String.valueOf(seed.get("id")), String.valueOf(seed.get("label")), members));
            }
            return families;
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet could not be read", e);
        }
    }

    /** The words of one sense such as {@code tired/a/1}; {@code tired/a/1+} adds its similar adjectives. */
    private static Set<String> words(Dictionary wordnet, String sense) throws JWNLException {
        boolean similar = sense.endsWith("+");
        String[] parts = (similar ? sense.substring(0, sense.length() - 1) : sense).split("/");
        POS pos = POS.getPOSForKey(parts[1]);
        IndexWord index = wordnet.getIndexWord(pos, parts[0]);
        if (index == null || index.getSenses().size() < Integer.parseInt(parts[2])) {
            throw new IllegalArgumentException("WordNet 3.1 has no sense " + sense);
        }
        Synset synset = index.getSenses().get(Integer.parseInt(parts[2]) - 1);
        Set<String> words = new LinkedHashSet<>(lemmas(synset));
        if (similar) {
            for (Pointer pointer : synset.getPointers(PointerType.SIMILAR_TO)) {
                words.addAll(lemmas(pointer.getTargetSynset()));
            }
        }
        return words;
    }

    private static List<String> lemmas(Synset synset) {
        return synset.getWords().stream().map(Word::getLemma).map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> strings(Object list) {
        return list == null ? List.of() : ((List<?>) list).stream().map(String::valueOf).toList();
    }

    /** The file as shipped: a header, then one family a line. */
    static String render(List<Generated> families) {
        StringBuilder out = new StringBuilder();
        out.append("# One-word answer families, generated from WordNet 3.1 (Princeton University; licence in\n")
                .append("# THIRD-PARTY-NOTICES.txt) and the seeds in src/test/resources/insights/families/seeds.yml by\n")
                .append("# AnswerFamiliesLexicon. Do not edit: change the seeds, then run\n")
                .append("#   mvn -q -Dtest=AnswerFamiliesLexiconTest -Dfamilies.write=true test\n")
                .append("# id TAB label TAB members (comma-separated, each word in one family only)\n");
        for (Generated family : families) {
            out.append(family.id()).append('\t').append(family.label()).append('\t')
                    .append(String.join(", ", family.members())).append('\n');
        }
        return out.toString();
    }

    static void write() throws IOException {
        Files.writeString(SHIPPED, render(generate()), StandardCharsets.UTF_8);
    }
}
