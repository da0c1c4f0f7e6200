package org.copcheckin.care;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which crisis signals a reply carries (possible self-harm, abuse or neglect, violence or a threat, no safe place
 * to sleep tonight, a missing child, or the kinds a deployment's own list names), from a curated list of phrases
 * with false friends, negations and frames (trainings, policies, hypotheticals), each entry with its sources.
 * <p>
 * Give it the reply after the anonymiser, so names and numbers are already gone. It reads the text once, in time
 * proportional to its length, keeps nothing and logs nothing: the answer is a set of kinds, never words, positions
 * or phrases. Immutable and thread-safe.
 */
public final class CrisisSignals {

    /** Where the bundled list lives on the class path. */
    public static final String BUNDLED = "care/crisis-signals.yml";

    private final List<SignalKind> kinds;
    private final PhraseIndex index;

    CrisisSignals(List<SignalKind> kinds, List<Phrase> phrases) {
        this.kinds = List.copyOf(kinds);
        this.index = new PhraseIndex(phrases);
    }

    /** The list shipped with cop-checkin ({@value #BUNDLED}). */
    public static CrisisSignals bundled() {
        return Bundled.SIGNALS;
    }

    /**
     * Reads a signal list in the format of the bundled one.
     *
     * @param origin where the list comes from, for error messages (e.g. {@code file:/etc/cop/signals.yml})
     * @throws IllegalArgumentException naming the origin and the entry that is wrong
     */
    public static CrisisSignals load(InputStream yaml, String origin) {
        return SignalListReader.read(yaml, origin);
    }

    /** Every kind of the list, in its order. */
    public List<SignalKind> kinds() {
        return kinds;
    }

    /**
     * The kinds of crisis signal in an anonymised reply, in the list's order; empty for none, for a blank reply
     * and for null.
     */
    public Set<SignalKind> detect(String anonymisedText) {
        ReplyTokens tokens = ReplyTokens.of(anonymisedText);
        if (tokens.size() == 0) {
            return Set.of();
        }
        boolean[] found = SignalScan.run(index, tokens, kinds.size(), false).kinds();
        Set<SignalKind> result = null;
        for (int k = 0; k < found.length; k++) {
            if (found[k]) {
                if (result == null) {
                    result = new LinkedHashSet<>();
                }
                result.add(kinds.get(k));
            }
        }
        return result == null ? Set.of() : Collections.unmodifiableSet(result);
    }

    /** For tuning the list in tests only: the phrases that matched and why signals were dropped. */
    List<String> explain(String anonymisedText) {
        SignalScan scan = SignalScan.run(index, ReplyTokens.of(anonymisedText), kinds.size(), true);
        scan.kinds();
        return scan.trace();
    }

    /** For tests only: the words phrase runs read on a reply, to hold the matcher to linear work. */
    long work(String anonymisedText) {
        SignalScan scan = SignalScan.run(index, ReplyTokens.of(anonymisedText), kinds.size(), false);
        return scan.wordsRead();
    }

    int phraseCount() {
        return index.size();
    }

    @Override
    public String toString() {
        return "CrisisSignals" + kinds.stream().map(SignalKind::id).toList() + " (" + index.size() + " phrases)";
    }

    /** Read once, on first use. */
    private static final class Bundled {
        static final CrisisSignals SIGNALS = read();

        private static CrisisSignals read() {
            try (InputStream in = CrisisSignals.class.getClassLoader().getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("The bundled crisis signal list " + BUNDLED + " is missing");
                }
                return load(in, "classpath:" + BUNDLED);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled crisis signal list", e);
            }
        }
    }
}
