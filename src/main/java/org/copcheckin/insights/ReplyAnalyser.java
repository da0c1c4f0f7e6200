package org.copcheckin.insights;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.copcheckin.checkins.PromptKind;

/**
 * Turns one reply into what the trend store keeps: its one-word answer (for word prompts), the themes it speaks
 * to and its terms. The text is anonymised first, so nothing removed can become a term. Pure.
 */
final class ReplyAnalyser {

    static final int MAX_TERMS = 40;

    /**
     * @param word   the one-word answer of a word prompt (form as typed, lower case, and its stem)
     * @param themes theme ids in taxonomy order
     * @param terms  stem to the first form used, at most {@link #MAX_TERMS}
     */
    record Analysis(Optional<TextAnalysis.Token> word, Set<String> themes, Map<String, String> terms) {
    }

    private final ReplyAnonymiser anonymiser;
    private final TextAnalysis analysis;
    private final Taxonomy taxonomy;

    ReplyAnalyser(ReplyAnonymiser anonymiser, TextAnalysis analysis, Taxonomy taxonomy) {
        this.anonymiser = anonymiser;
        this.analysis = analysis;
        this.taxonomy = taxonomy;
    }

    /** The bundled taxonomy and name list. */
    static ReplyAnalyser withDefaults() {
        TextAnalysis analysis = new TextAnalysis();
        Taxonomy taxonomy = Taxonomy.load(new org.springframework.core.io.ClassPathResource(
                InsightsProperties.DEFAULT_TAXONOMY.substring("classpath:".length())));
        return new ReplyAnalyser(new ReplyAnonymiser(NameList.bundled(taxonomy.keywordWords())), analysis, taxonomy);
    }

    Analysis analyse(PromptKind kind, String text, Collection<String> knownNames) {
        String anonymised = anonymiser.anonymise(text, knownNames);
        List<TextAnalysis.Token> tokens = analysis.tokens(anonymised);
        Optional<TextAnalysis.Token> word = kind == PromptKind.WORD ? tokens.stream().findFirst() : Optional.empty();
        Set<String> themes = taxonomy.themesOf(anonymised);
        Map<String, String> terms = new LinkedHashMap<>();
        for (TextAnalysis.Token token : tokens) {
            if (terms.size() >= MAX_TERMS) {
                break;
            }
            terms.putIfAbsent(token.stem(), token.form());
        }
        return new Analysis(word, themes, terms);
    }

    Taxonomy taxonomy() {
        return taxonomy;
    }
}
