package org.copcheckin.participation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.copcheckin.insights.CommunityVocabulary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The feeling buttons a community's one-word prompts offer: a default set, or 2 to 5 words of the closed
 * vocabulary a facilitator chose ({@code /cop settings feelings}). Each is a one-word answer in one click.
 */
@Service
public class Feelings {

    public static final List<String> DEFAULT = List.of("hopeful", "stretched", "tired", "curious", "grateful");
    /** The defaults of a French or Spanish community: nouns, so that a word fits everyone whatever their gender. */
    static final java.util.Map<org.copcheckin.community.Language, List<String>> DEFAULTS = java.util.Map.of(
            org.copcheckin.community.Language.EN, DEFAULT,
            org.copcheckin.community.Language.FR, List.of("espoir", "pression", "fatigue", "curiosité", "gratitude"),
            org.copcheckin.community.Language.ES, List.of("optimismo", "presión", "cansancio", "curiosidad", "gratitud"));
    public static final int FEWEST = 2;
    public static final int MOST = 5;
    static final int LONGEST_WORD = 20;
    private static final Pattern WORD = Pattern.compile("\\p{Ll}+(?:-\\p{Ll}+)?");

    private final JdbcClient jdbc;
    private final CommunityVocabulary vocabulary;

    private final org.copcheckin.community.CommunityLanguages languages;

    Feelings(JdbcClient jdbc, CommunityVocabulary vocabulary, org.copcheckin.community.CommunityLanguages languages) {
        this.languages = languages;
        this.jdbc = jdbc;
        this.vocabulary = vocabulary;
    }

    public List<String> of(long communityId) {
        return jdbc.sql("SELECT words FROM feeling_setting WHERE community_id = ?").param(communityId)
                .query(String.class).optional().map(words -> List.of(words.split(",")))
                .orElseGet(() -> defaults(languages.of(communityId)));
    }

    /** The buttons of a community that chose none, in its language. */
    public static List<String> defaults(org.copcheckin.community.Language language) {
        return DEFAULTS.getOrDefault(language, DEFAULT);
    }

    /**
     * @param list the words, separated by commas or spaces
     * @return why the list is refused (nothing changed), in the community's language, or empty when the community's buttons are now these
     */
    public Optional<String> change(long communityId, String list) {
        List<String> words = parse(list);
        Optional<String> refusal = refusal(words, languages.of(communityId));
        if (refusal.isPresent()) {
            return refusal;
        }
        String joined = String.join(",", words);
        if (jdbc.sql("UPDATE feeling_setting SET words = ? WHERE community_id = ?").params(joined, communityId)
                .update() == 0) {
            try {
                jdbc.sql("INSERT INTO feeling_setting (community_id, words) VALUES (?, ?)").params(communityId, joined)
                        .update();
            } catch (DuplicateKeyException changedAtTheSameMoment) {
                jdbc.sql("UPDATE feeling_setting SET words = ? WHERE community_id = ?").params(joined, communityId)
                        .update();
            }
        }
        return Optional.empty();
    }

    static List<String> parse(String list) {
        List<String> words = new ArrayList<>();
        Arrays.stream((list == null ? "" : list).toLowerCase(Locale.ROOT).split("[,\\s]+"))
                .map(String::strip).filter(word -> !word.isEmpty()).forEach(words::add);
        return words;
    }

    private Optional<String> refusal(List<String> words, org.copcheckin.community.Language language) {
        if (words.size() < FEWEST || words.size() > MOST) {
            return Optional.of(language.plural("feeling.refused.count", words.size(), FEWEST, MOST));
        }
        if (words.stream().distinct().count() < words.size()) {
            return Optional.of(language.text("feeling.refused.twice"));
        }
        for (String word : words) {
            if (word.length() > LONGEST_WORD || !WORD.matcher(word).matches()) {
                return Optional.of(language.text("feeling.refused.word", shown(word), LONGEST_WORD));
            }
            if (!vocabulary.isEverydayWord(word, language)) {
                return Optional.of(language.text("feeling.refused.vocabulary", shown(word)));
            }
        }
        return Optional.empty();
    }

    private static String shown(String word) {
        return word.length() > 30 ? word.substring(0, 30) + "…" : word.replace("`", "'");
    }
}
