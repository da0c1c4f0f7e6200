package org.copcheckin.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.springframework.stereotype.Service;

/**
 * The words a partner directory may store for what an organisation offers: a taxonomy theme (by its id, its label's
 * first word, a one-word keyword, or the start of its id such as "transport") or a word of the closed vocabulary
 * (the shipped list and the community's own). Anything else is refused, so nothing outside the vocabulary (a name,
 * an id) is ever stored as a service.
 */
@Service
public class ServiceWords {

    /** A service as stored: a theme id or a folded vocabulary word, and how it reads. */
    public record ServiceWord(String key, String label, boolean theme) {
    }

    private final ReplyAnalyser analyser;
    private final CommunityVocabulary vocabulary;
    private final ReplyAnalysers analysers;
    private final CommunityLanguages languages;

    ServiceWords(ReplyAnalyser analyser, CommunityVocabulary vocabulary, ReplyAnalysers analysers,
                 CommunityLanguages languages) {
        this.analyser = analyser;
        this.vocabulary = vocabulary;
        this.analysers = analysers;
        this.languages = languages;
    }

    /**
     * The service a word names, or empty when it is neither a theme nor a vocabulary word. The English themes and
     * words always count; a French or Spanish community's also in its language ("logement", "vivienda"), with the
     * label in that language; the stored key is the same theme id.
     */
    public Optional<ServiceWord> resolve(Community community, String word) {
        String folded = Folding.fold(word.strip());
        if (folded.isEmpty() || folded.length() > 40) {
            return Optional.empty();
        }
        Language language = languages.of(community.id());
        Optional<ServiceWord> theme = theme(folded, analyser).or(() -> language == Language.EN ? Optional.empty()
                : theme(folded, analysers.of(language)))
                .map(found -> new ServiceWord(found.key(), label(found.key(), language), true));
        if (theme.isPresent()) {
            return theme;
        }
        boolean plain = folded.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
        if (plain && (analyser.vocabulary().contains(folded) || analysers.of(language).vocabulary().contains(folded)
                || vocabulary.words(community, language).contains(folded))) {
            return Optional.of(new ServiceWord(folded, folded, false));
        }
        return Optional.empty();
    }

    /** The theme ids and labels, for the answer to an unknown word. */
    public Map<String, String> themes() {
        return analyser.taxonomy().labels();
    }

    /** How a stored key reads: a theme's label, or the word itself. */
    public String label(String key) {
        return themes().getOrDefault(key, key);
    }

    /** How a stored key reads in the language: a theme's label in it, or the word itself. */
    public String label(String key, Language language) {
        String english = themes().get(key);
        return english == null ? key : language.themeLabel(key, english);
    }

    private static Optional<ServiceWord> theme(String folded, ReplyAnalyser analyser) {
        Map<String, String> labels = analyser.taxonomy().labels();
        List<String> matches = new ArrayList<>();
        for (Map.Entry<String, String> theme : labels.entrySet()) {
            String id = theme.getKey();
            String firstOfLabel = Folding.fold(theme.getValue().split("[\\s-]+")[0]);
            if (id.equals(folded) || firstOfLabel.equals(folded) || Folding.fold(theme.getValue()).equals(folded)) {
                return Optional.of(new ServiceWord(id, theme.getValue(), true));
            }
            if (folded.length() >= 4 && id.startsWith(folded)) {
                matches.add(id);
            }
        }
        if (matches.size() == 1) {
            return Optional.of(new ServiceWord(matches.get(0), labels.get(matches.get(0)), true));
        }
        for (Map.Entry<String, List<String>> theme : analyser.taxonomy().oneWordKeywords().entrySet()) {
            if (theme.getValue().contains(folded.toLowerCase(Locale.ROOT))) {
                return Optional.of(new ServiceWord(theme.getKey(), labels.get(theme.getKey()), true));
            }
        }
        return Optional.empty();
    }
}
