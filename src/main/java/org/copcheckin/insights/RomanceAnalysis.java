package org.copcheckin.insights;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French and Spanish as Lucene's FrenchAnalyzer and SpanishAnalyzer read them: standard tokenising, French elisions
 * ("l'école" is "école"), lower case, the analyzers' own stop words plus the fillers of short replies, then each word
 * twice (as typed, and light-stemmed: "familles" and "famille" count as one term). Accents are folded last, as the
 * name and vocabulary lookups fold them.
 */
final class RomanceAnalysis {

    private static final List<String> FRENCH_FILLERS = List.of("c'est", "cest", "ca", "ça", "aussi", "tres", "très",
            "vraiment", "beaucoup", "bien", "fait", "faire", "semaine", "semaines", "mois", "jour", "jours", "an",
            "ans", "annee", "année", "aujourd'hui", "hier", "chose", "choses", "peu", "plus", "moins", "encore", "donc",
            "alors", "parce", "comme", "quand", "tout", "tous", "toute", "toutes", "cette", "cet", "ces", "avoir",
            "etre", "être", "oui", "non", "ok", "bon", "puis", "depuis", "entre", "sans", "sous", "chez", "vers");
    private static final List<String> SPANISH_FILLERS = List.of("tambien", "también", "muy", "mucho", "mucha",
            "muchos", "muchas", "semana", "semanas", "mes", "meses", "dia", "día", "dias", "días", "año", "años", "hoy",
            "ayer", "cosa", "cosas", "poco", "mas", "más", "menos", "todavia", "todavía", "entonces", "porque", "cuando",
            "todo", "todos", "toda", "todas", "hacer", "hace", "tener", "ser", "estar", "si", "sí", "no", "ok", "bueno",
            "pues", "desde", "entre", "sin", "hacia");

    private RomanceAnalysis() {
    }

    static Analyzer analyzer(String language) {
        boolean french = "fr".equals(language);
        CharArraySet stopWords = new CharArraySet(french ? FrenchAnalyzer.getDefaultStopSet()
                : SpanishAnalyzer.getDefaultStopSet(), true);
        stopWords.addAll(french ? FRENCH_FILLERS : SPANISH_FILLERS);
        CharArraySet stops = CharArraySet.unmodifiableSet(stopWords);
        CharArraySet articles = CharArraySet.unmodifiableSet(new CharArraySet(List.of("l", "m", "t", "qu", "n", "s",
                "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true));
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = french ? new ElisionFilter(source, articles) : source;
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, stops);
                // each word twice: as typed (marked keyword, so not stemmed), then stemmed
                stream = new KeywordRepeatFilter(stream);
                stream = french ? new FrenchLightStemFilter(stream) : new SpanishLightStemFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }
}
