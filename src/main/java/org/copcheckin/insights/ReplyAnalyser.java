package org.copcheckin.insights;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.copcheckin.care.CrisisSignals;
import org.copcheckin.care.PersonalData;
import org.copcheckin.care.SignalKind;
import org.copcheckin.checkins.PromptKind;

/**
 * Turns one reply into what the trend store keeps: its one-word answer (for word prompts), the themes it speaks
 * to and its terms. The text is anonymised first, so nothing removed can become a term; then only words of the
 * closed vocabulary (the shipped list, the taxonomy's words and the community's own) can be kept, and everything
 * else counts as {@link Vocabulary#OTHER} without being written. Pure.
 */
final class ReplyAnalyser {

    static final int MAX_TERMS = 40;

    /**
     * @param word       the one-word answer of a word prompt: its stem (or {@link Vocabulary#OTHER} when it is not
     *                   in the vocabulary) and the form typed (null when that form is not in the vocabulary)
     * @param themes     theme ids in taxonomy order
     * @param terms      stem to the first form used, at most {@link #MAX_TERMS}, vocabulary words only
     * @param otherTerms whether some word of the reply was outside the vocabulary (counted, never written)
     */
    record Analysis(Optional<TextAnalysis.Token> word, Set<String> themes, Map<String, String> terms,
                    boolean otherTerms) {
    }

    private final ReplyAnonymiser anonymiser;
    private final TextAnalysis analysis;
    private final Taxonomy taxonomy;
    private final Vocabulary vocabulary;
    private final NameList names;
    private final NameCues cues;
    private final ThemeModel themeModel;
    private final List<String> themeIds;

    ReplyAnalyser(NameList names, TextAnalysis analysis, Taxonomy taxonomy, Vocabulary vocabulary) {
        this(names, analysis, taxonomy, vocabulary, ThemeModel.NONE, NameCues.ENGLISH);
    }

    /** @param themeModel the classifier of the themes it knows; the taxonomy's rules decide the others */
    ReplyAnalyser(NameList names, TextAnalysis analysis, Taxonomy taxonomy, Vocabulary vocabulary,
                  ThemeModel themeModel) {
        this(names, analysis, taxonomy, vocabulary, themeModel, NameCues.ENGLISH);
    }

    ReplyAnalyser(NameList names, TextAnalysis analysis, Taxonomy taxonomy, Vocabulary vocabulary, NameCues cues) {
        this(names, analysis, taxonomy, vocabulary, ThemeModel.NONE, cues);
    }

    private ReplyAnalyser(NameList names, TextAnalysis analysis, Taxonomy taxonomy, Vocabulary vocabulary,
                          ThemeModel themeModel, NameCues cues) {
        this.names = names;
        this.cues = cues;
        this.themeModel = themeModel;
        this.themeIds = List.copyOf(taxonomy.labels().keySet());
        this.anonymiser = new ReplyAnonymiser(names, vocabulary, cues);
        this.analysis = analysis;
        this.taxonomy = taxonomy;
        this.vocabulary = vocabulary;
    }

    /** The bundled taxonomy, name lists and English vocabulary. */
    static ReplyAnalyser withDefaults() {
        TextAnalysis analysis = new TextAnalysis();
        Taxonomy taxonomy = Taxonomy.load(new org.springframework.core.io.ClassPathResource(
                InsightsProperties.DEFAULT_TAXONOMY.substring("classpath:".length())));
        return build(analysis, taxonomy);
    }

    static ReplyAnalyser build(TextAnalysis analysis, Taxonomy taxonomy) {
        Vocabulary vocabulary = Vocabulary.bundled(Vocabulary.DEFAULT_LANGUAGE, taxonomy.keywordWords());
        return new ReplyAnalyser(NameList.bundled(taxonomy.keywordWords()), analysis, taxonomy, vocabulary,
                BundledModel.MODEL);
    }

    /** The same analysis with the taxonomy's rules alone deciding the themes (to compare with the model). */
    ReplyAnalyser withRulesOnly() {
        return new ReplyAnalyser(names, analysis, taxonomy, vocabulary, ThemeModel.NONE, cues);
    }

    /** Loaded once, when an English analyser is first built. */
    private static final class BundledModel {
        static final ThemeModel MODEL = ThemeModel.bundled();
    }

    /**
     * The analyser of a French or Spanish community: that language's Lucene analysis, closed vocabulary and
     * translated taxonomy keywords; names are removed with every name list, as in English, and with the language's
     * own name cues (its titles, relations and person's verbs, and its given names that are also words). The theme
     * model is trained on English replies only, so these themes are the translated keywords' rules.
     */
    static ReplyAnalyser build(String language, Taxonomy taxonomy) {
        if (Vocabulary.DEFAULT_LANGUAGE.equals(language)) {
            return build(new TextAnalysis(), taxonomy);
        }
        Taxonomy translated = taxonomy.in(language);
        java.util.Set<String> keywordWords = new java.util.HashSet<>(taxonomy.keywordWords());
        keywordWords.addAll(translated.keywordWords());
        Vocabulary vocabulary = Vocabulary.bundled(language, translated.keywordWords());
        NameCues cues = NameCues.of(language);
        return new ReplyAnalyser(NameList.bundled(keywordWords, cues.nameWords()), new TextAnalysis(language),
                translated, vocabulary, cues);
    }

    Analysis analyse(PromptKind kind, String text, Collection<String> knownNames) {
        return analyse(kind, text, knownNames, CommunityWords.NONE);
    }

    Analysis analyse(PromptKind kind, String text, Collection<String> knownNames, CommunityWords community) {
        return analyseAnonymised(kind, anonymiser.anonymise(text, knownNames, community), community);
    }

    /**
     * A reply's analysis with what care needs to know of it: the kinds of personal data removed and the crisis
     * signals of the anonymised text. Kinds only: neither the values nor the words leave this method.
     */
    record Reviewed(Analysis analysis, Set<PersonalData> removed, Set<SignalKind> signals) {
    }

    Reviewed review(PromptKind kind, String text, Collection<String> knownNames, CommunityWords community,
                    CrisisSignals crisisSignals) {
        ReplyAnonymiser.Anonymised anonymised = anonymiser.anonymiseReporting(text, knownNames, community);
        return new Reviewed(analyseAnonymised(kind, anonymised.text(), community), anonymised.removed(),
                crisisSignals.detect(anonymised.text()));
    }

    private Analysis analyseAnonymised(PromptKind kind, String anonymised, CommunityWords community) {
        List<TextAnalysis.Token> tokens = analysis.tokens(anonymised);
        Optional<TextAnalysis.Token> word = kind == PromptKind.WORD
                ? tokens.stream().findFirst().map(token -> answer(token, community)) : Optional.empty();
        Set<String> themes = themesOf(anonymised);
        Map<String, String> terms = new LinkedHashMap<>();
        boolean other = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (terms.size() >= MAX_TERMS) {
                break;
            }
            CommunityWords.Phrase phrase = phraseAt(tokens, i, community);
            if (phrase != null) {
                terms.putIfAbsent(phrase.term(), phrase.term());
                i += phrase.forms().size() - 1;
                continue;
            }
            TextAnalysis.Token token = tokens.get(i);
            String item = item(token, community);
            if (item == null) {
                other = true;
            } else {
                // the form as typed only when it is itself a vocabulary word: a name whose stem is a word ("Lourdes",
                // stem "lourd") is kept as that word, never as typed
                boolean formKept = vocabulary.contains(token.form()) || community.contains(token.form());
                terms.putIfAbsent(item, formKept ? token.form() : item);
            }
        }
        return new Analysis(word, themes, terms, other);
    }

    /** The item a word is counted under: its stem when that is a vocabulary word, else the form, else none. */
    private String item(TextAnalysis.Token token, CommunityWords community) {
        if (vocabulary.contains(token.stem()) || community.contains(token.stem())) {
            return token.stem();
        }
        if (vocabulary.contains(token.form()) || community.contains(token.form())) {
            return token.form();
        }
        return null;
    }

    private TextAnalysis.Token answer(TextAnalysis.Token token, CommunityWords community) {
        String item = item(token, community);
        if (item == null) {
            return new TextAnalysis.Token(null, Vocabulary.OTHER);
        }
        boolean formKept = vocabulary.contains(token.form()) || community.contains(token.form());
        return new TextAnalysis.Token(formKept ? token.form() : null, item);
    }

    /** The themes of an anonymised reply: the model's for the themes it knows, the rules' for the others. */
    Set<String> themesOf(String anonymised) {
        List<ThemeText.Sentence> sentences = ThemeText.sentences(anonymised);
        return themeModel.themes(sentences, taxonomy.themesOf(sentences), themeIds);
    }

    private static CommunityWords.Phrase phraseAt(List<TextAnalysis.Token> tokens, int start, CommunityWords community) {
        for (CommunityWords.Phrase phrase : community.phrases()) {
            List<String> forms = phrase.forms();
            if (start + forms.size() > tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int j = 0; j < forms.size() && matches; j++) {
                matches = tokens.get(start + j).form().equals(forms.get(j));
            }
            if (matches) {
                return phrase;
            }
        }
        return null;
    }

    Taxonomy taxonomy() {
        return taxonomy;
    }

    NameList names() {
        return names;
    }

    ThemeModel themeModel() {
        return themeModel;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    TextAnalysis textAnalysis() {
        return analysis;
    }
}
