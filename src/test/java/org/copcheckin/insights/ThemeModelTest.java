package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.copcheckin.checkins.PromptKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped theme model: what its file may hold, that it scores what its features say, and where it applies. */
class ThemeModelTest {

    private static final ReplyAnalyser ANALYSER = ReplyAnalyser.withDefaults();

    private static List<String> modelLines() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ThemeModel.class.getResourceAsStream(ThemeModel.BUNDLED), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    @Test
    void everyFeatureInTheModelFileIsAClosedVocabularyWordANumberClassOrATaxonomyRule() throws IOException {
        Set<String> themeIds = ANALYSER.taxonomy().labels().keySet();
        Set<String> names = new java.util.HashSet<>();
        // names that are also words ("an", "hope") are the vocabulary's to keep; the others never
        NameCorpus.allNeedles().stream().map(name -> name.toLowerCase(Locale.ROOT))
                .filter(name -> !ANALYSER.vocabulary().contains(name)).forEach(names::add);
        int words = 0;
        for (String line : modelLines()) {
            if (!line.startsWith("f\t")) {
                continue;
            }
            String feature = line.split("\t")[1];
            if (feature.startsWith(ThemeFeatures.RULE)) {
                assertThat(themeIds).contains(feature.substring(ThemeFeatures.RULE.length()));
                continue;
            }
            for (String word : feature.split(" ")) {
                if (word.startsWith("#")) {
                    assertThat(word).isIn("#12-17", "#18", "#number");
                } else {
                    assertThat(ANALYSER.vocabulary().contains(word)).as("'%s' is a vocabulary word", word).isTrue();
                    assertThat(names).as("names of the name corpus").doesNotContain(word);
                    words++;
                }
            }
        }
        assertThat(words).isGreaterThan(1000);
        assertThat(names).hasSizeGreaterThan(100);
    }

    @Test
    void theNamesInTheLabelledRepliesAreNotInTheModel() throws IOException {
        String model = String.join("\n", modelLines()).toLowerCase(Locale.ROOT);
        for (String name : List.of("marisol", "tyrese", "kenji", "jaylen", "aaliyah", "okafor", "keisha", "petrov")) {
            assertThat(model).as("the model file").doesNotContain(name);
        }
    }

    @Test
    void theShippedModelWasTrainedOnTheCurrentTrainingReplies() throws IOException {
        assertThat(modelLines().get(0)).contains("from " + ThemeQuality.training().size() + " labelled training replies");
    }

    /** The scorer computes the features without building strings; it must agree with their definition. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Our 16 year old clients can't get to the clinic because the bus stopped running.",
            "the landlord evicted them. Now the kids miss school!",
            "Staff burnout is real and we're down three caseworkers",
            "nothing new this week"})
    void theModelScoresWhatItsFeaturesSay(String reply) throws IOException {
        Map<String, float[]> weights = new HashMap<>();
        Map<String, float[]> heads = new HashMap<>();
        List<String> themeIds = new java.util.ArrayList<>();
        for (String line : modelLines()) {
            String[] cells = line.split("\t");
            if (cells[0].equals("theme")) {
                themeIds.add(cells[1]);
                heads.put(cells[1], new float[] {Float.parseFloat(cells[2]), Float.parseFloat(cells[3])});
            } else if (cells[0].equals("f")) {
                float[] w = new float[16];
                for (String cell : cells[2].split(" ")) {
                    String[] tw = cell.split(":");
                    w[Integer.parseInt(tw[0])] = Float.parseFloat(tw[1]);
                }
                weights.put(cells[1], w);
            }
        }
        List<ThemeText.Sentence> sentences = ThemeText.sentences(reply);
        Set<String> rules = ANALYSER.taxonomy().themesOf(sentences);
        float[] margins = ANALYSER.themeModel().margins(sentences, rules);
        Set<String> features = ThemeFeatures.of(sentences, rules, ANALYSER.vocabulary());
        for (int t = 0; t < themeIds.size(); t++) {
            double expected = heads.get(themeIds.get(t))[0] - heads.get(themeIds.get(t))[1];
            for (String feature : features) {
                expected += weights.getOrDefault(feature, new float[16])[t];
            }
            assertThat((double) margins[t]).as("margin of %s", themeIds.get(t))
                    .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void aDeploymentsOwnThemeIsDecidedByItsKeywordsBesideTheModelsThemes() {
        String yaml = "themes:\n  - id: housing\n    label: Housing\n    keywords: [landlord]\n"
                + "  - id: weather\n    label: Weather\n    keywords: [road closure, storm]\n";
        Taxonomy taxonomy = Taxonomy.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        ReplyAnalyser analyser = ReplyAnalyser.build(new TextAnalysis(), taxonomy);
        assertThat(analyser.analyse(PromptKind.CHALLENGE, "The storm kept everyone home and the landlord evicted "
                + "two families", Set.of()).themes()).containsExactly("housing", "weather");
        assertThat(analyser.analyse(PromptKind.CHALLENGE, "Food bank ran out and kids came to school hungry",
                Set.of()).themes()).as("a theme the deployment does not have").isEmpty();
    }

    @Test
    void frenchAndSpanishCommunitiesHaveTheirThemesFromTheTranslatedKeywordsOnly() {
        assertThat(ReplyAnalyser.build("fr", ANALYSER.taxonomy()).themeModel()).isSameAs(ThemeModel.NONE);
        assertThat(ReplyAnalyser.build("es", ANALYSER.taxonomy()).themeModel()).isSameAs(ThemeModel.NONE);
        assertThat(ANALYSER.themeModel().themeIds()).hasSize(16);
    }
}
