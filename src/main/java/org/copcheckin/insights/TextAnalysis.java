package org.copcheckin.insights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's English analysis: standard tokenising, possessives, case and accents folded, stop words removed, then each
 * word kept with its Snowball (Porter2) stem, so "overwhelmed" and "overwhelming" count as one term while the
 * form people typed can still be shown. The stemmer is Krovetz's (KStem): gentler than Porter's, it keeps stems as
 * real words ("buses" and "bus" give "bus", "families" gives "family"), which read well where a stem is shown.
 * Words with digits, and very short or long ones, never become terms. Thread-safe: the analyzer reuses its
 * token streams per thread.
 */
final class TextAnalysis implements AutoCloseable {

    /** A word as typed (lower case) and its stem. */
    record Token(String form, String stem) {
    }

    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 30;

    private final Analyzer analyzer;

    TextAnalysis() {
        this.analyzer = english();
    }

    /**
     * The analysis of a language: {@code en} as above; {@code fr} and {@code es} as Lucene's FrenchAnalyzer and
     * SpanishAnalyzer read text (elisions for French, their stop words, their light stemmers), with accents folded
     * after stemming as the vocabulary lookups fold them, and each word kept with its stem.
     */
    TextAnalysis(String language) {
        this.analyzer = switch (language) {
            case "en" -> english();
            case "fr", "es" -> RomanceAnalysis.analyzer(language);
            default -> throw new IllegalArgumentException("No analysis for language '" + language + "'");
        };
    }

    private static Analyzer english() {
        CharArraySet stopWords = StopWords.set();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                // accents folded as the name and vocabulary lookups fold them (Folding): "José" is "jose"
                stream = new ASCIIFoldingFilter(stream);
                stream = new StopFilter(stream, stopWords);
                // each word twice: as typed (marked keyword, so not stemmed), then stemmed
                stream = new KeywordRepeatFilter(stream);
                stream = new KStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Every stop-word-free word of the text, in order. */
    List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("reply", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
            stream.reset();
            String form = null;
            while (stream.incrementToken()) {
                if (keyword.isKeyword()) {
                    form = normalise(term.toString());
                } else if (form != null) {
                    if (isWord(form)) {
                        tokens.add(new Token(form, normalise(term.toString())));
                    }
                    form = null;
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The stem of one word, as {@link #tokens} gives it (the word itself when it is a stop word). */
    String stem(String word) {
        List<Token> tokens = tokens(word);
        return tokens.isEmpty() ? word.toLowerCase(Locale.ROOT) : tokens.get(0).stem();
    }

    private static String normalise(String token) {
        return token.replace('’', '\'');
    }

    private static boolean isWord(String form) {
        if (form.length() < MIN_LENGTH || form.length() > MAX_LENGTH || form.contains("'")) {
            return false;
        }
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return false;
            }
        }
        return Character.isLetter(form.charAt(0));
    }

    @Override
    public void close() {
        analyzer.close();
    }

    /** Lucene's English stop words plus the filler words of short replies. */
    static final class StopWords {
        private static final List<String> MORE = List.of("i'm", "i've", "i'd", "i'll", "im", "ive", "me", "my",
                "we", "our", "us", "you", "your", "they", "them", "their", "he", "she", "him", "her", "his", "hers",
                "it's", "its", "i", "am", "was", "were", "been", "being", "has", "have", "had", "having", "do", "does",
                "did", "doing", "so", "very", "really", "just", "also", "too", "quite", "still", "even", "much", "many",
                "more", "most", "some", "any", "all", "each", "every", "other", "another", "what", "which", "who",
                "whom", "how", "why", "when", "where", "than", "then", "from", "about", "into", "over", "out", "up",
                "down", "off", "again", "can", "can't", "cannot", "could", "would", "should", "might", "must", "shall",
                "don't", "didn't", "doesn't", "isn't", "wasn't", "won't", "get", "got", "getting", "go", "going",
                "went", "make", "made", "lot", "lots", "bit", "thing", "things", "week", "weeks", "month", "months",
                "today", "yesterday", "day", "days", "year", "years", "one", "two", "three", "like", "feel", "feeling",
                "felt", "think", "know", "because", "while", "though", "although", "after", "before", "since", "until",
                "here", "there", "now", "well", "yes", "yeah", "okay", "ok", "etc", "via", "per", "within", "without",
                "through", "being", "both", "few", "own", "same", "only", "once", "those", "these", "this", "that");

        private StopWords() {
        }

        static CharArraySet set() {
            CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
            set.addAll(MORE);
            return CharArraySet.unmodifiableSet(set);
        }
    }
}
