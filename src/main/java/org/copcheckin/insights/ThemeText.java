package org.copcheckin.insights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A reply as theme matching reads it: sentences of Krovetz stems, the stems {@link TextAnalysis} gives, but with
 * stop words and numbers kept, because "no car", "drop out" and "16 year old" say what a reply is about. Number
 * words up to twenty become digits, so one pattern covers "sixteen-year-old" and "16 year old". Thread-safe: the
 * analyzer reuses its token streams per thread and lives as long as the application.
 */
final class ThemeText {

    /** One sentence: each word as typed (lower case) and its stem, in order. */
    record Sentence(String[] forms, String[] stems) {
    }

    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("one", "1"), Map.entry("two", "2"),
            Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"),
            Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
            Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("thirteen", "13"),
            Map.entry("fourteen", "14"), Map.entry("fifteen", "15"), Map.entry("sixteen", "16"),
            Map.entry("seventeen", "17"), Map.entry("eighteen", "18"), Map.entry("nineteen", "19"),
            Map.entry("twenty", "20"));

    private static final CharArraySet ELISIONS = CharArraySet.unmodifiableSet(new CharArraySet(
            List.of("l", "d", "j", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"), true));

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            // French elisions, so "l'autobus" matches the keyword "autobus" (no English word starts with these)
            stream = new ElisionFilter(stream, ELISIONS);
            stream = new KStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    private ThemeText() {
    }

    /** The text's sentences, split at . ! ? and line breaks. */
    static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("reply", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int previousEnd = 0;
            while (stream.incrementToken()) {
                if (!stems.isEmpty() && endsSentence(text, previousEnd, offset.startOffset())) {
                    sentences.add(new Sentence(forms.toArray(String[]::new), stems.toArray(String[]::new)));
                    forms.clear();
                    stems.clear();
                }
                forms.add(normalise(text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT)));
                stems.add(normalise(term.toString()));
                previousEnd = offset.endOffset();
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!stems.isEmpty()) {
            sentences.add(new Sentence(forms.toArray(String[]::new), stems.toArray(String[]::new)));
        }
        return sentences;
    }

    /** The words of a short piece of a pattern, as {@link #sentences} would give them. */
    static Sentence words(String words) {
        List<String> forms = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        for (Sentence sentence : sentences(words)) {
            forms.addAll(List.of(sentence.forms()));
            stems.addAll(List.of(sentence.stems()));
        }
        return new Sentence(forms.toArray(String[]::new), stems.toArray(String[]::new));
    }

    private static boolean endsSentence(String text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String token) {
        String word = token.replace('’', '\'');
        if (word.endsWith("'s")) {
            word = word.substring(0, word.length() - 2);
        }
        return NUMBER_WORDS.getOrDefault(word, word);
    }
}
