package org.copcheckin.care;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The phrases found in one reply and what they add up to: a signal counts unless a false friend overlaps it, a
 * negation ends at most three words before it in its clause, or its sentence has a frame (a training, a policy, a
 * hypothetical) and no disclosure. Every step is linear in the reply's length. Lives for one call.
 */
final class SignalScan {

    /** Words between the end of a negation and the start of the signal it negates, at most. */
    static final int NEGATION_REACH = 3;

    /** A negation does not reach past these ("no power and slept in the car"). */
    private static final java.util.Set<String> SCOPE_ENDS = java.util.Set.of("and", "but", "so", "because", "then",
            "when", "while", "though", "although", "until", "or");

    private final ReplyTokens tokens;
    private final int kinds;
    private final List<int[]> signals = new ArrayList<>();
    private final List<String> trace;
    private final boolean[] ignored;
    private final long[] notOfKind;
    private final boolean[] negatedFrom;
    private final boolean[] framed;
    private final boolean[] disclosed;
    private final Phrase.Work work = new Phrase.Work();

    SignalScan(ReplyTokens tokens, int kinds, boolean traced) {
        this.tokens = tokens;
        this.kinds = kinds;
        this.trace = traced ? new ArrayList<>() : null;
        int n = tokens.size();
        int sentences = n == 0 ? 0 : tokens.sentence(n - 1) + 1;
        ignored = new boolean[n];
        notOfKind = new long[n];
        negatedFrom = new boolean[n + 1];
        framed = new boolean[sentences];
        disclosed = new boolean[sentences];
    }

    /** Runs every phrase that may start at each word and records its longest match. */
    static SignalScan run(PhraseIndex index, ReplyTokens tokens, int kinds, boolean traced) {
        SignalScan scan = new SignalScan(tokens, kinds, traced);
        int[] lastStart = new int[index.size()];
        Arrays.fill(lastStart, -1);
        for (int p = 0; p < tokens.size(); p++) {
            String word = tokens.word(p);
            String next = p + 1 < tokens.size() && tokens.sentence(p + 1) == tokens.sentence(p) ? tokens.word(p + 1) : null;
            scan.runAll(index, index.startingWith(word), p, lastStart);
            scan.runAll(index, index.startingWith(word, next), p, lastStart);
            for (int prefix : index.prefixesFor(word)) {
                if (word.startsWith(index.prefix(prefix))) {
                    scan.runAll(index, index.startingWithPrefix(prefix), p, lastStart);
                }
            }
            scan.runAll(index, index.startingWithNumber(word), p, lastStart);
        }
        return scan;
    }

    private void runAll(PhraseIndex index, int[] ids, int start, int[] lastStart) {
        for (int id : ids) {
            if (lastStart[id] == start) {
                continue; // reached through two start words
            }
            lastStart[id] = start;
            Phrase phrase = index.phrase(id);
            int end = phrase.longestMatch(tokens, start, work);
            if (end > start) {
                record(phrase, start, end);
            }
        }
    }

    private void record(Phrase phrase, int start, int end) {
        if (trace != null) {
            trace.add(phrase + " @" + start);
        }
        switch (phrase.role()) {
            case SIGNAL -> signals.add(new int[] {phrase.kind(), start, end});
            case NOT -> {
                for (int i = start; i < end; i++) {
                    notOfKind[i] |= 1L << phrase.kind();
                }
            }
            case IGNORE -> Arrays.fill(ignored, start, end, true);
            case NEGATION -> {
                int clause = tokens.clause(end - 1);
                for (int q = end; q <= end + NEGATION_REACH && q < tokens.size() && tokens.clause(q) == clause; q++) {
                    negatedFrom[q] = true;
                    if (SCOPE_ENDS.contains(tokens.word(q))) {
                        break;
                    }
                }
            }
            case FRAME -> framed[tokens.sentence(start)] = true;
            case DISCLOSURE -> disclosed[tokens.sentence(start)] = true;
            default -> throw new IllegalStateException("Unknown role " + phrase.role());
        }
    }

    /** Which kinds (by index) the reply carries. */
    boolean[] kinds() {
        boolean[] found = new boolean[kinds];
        for (int[] signal : signals) {
            String dropped = droppedBecause(signal[0], signal[1], signal[2]);
            if (dropped == null) {
                found[signal[0]] = true;
            } else if (trace != null) {
                trace.add("dropped kind " + signal[0] + " @" + signal[1] + ": " + dropped);
            }
        }
        return found;
    }

    private String droppedBecause(int kind, int start, int end) {
        for (int i = start; i < end; i++) {
            if (ignored[i] || (notOfKind[i] & (1L << kind)) != 0) {
                return "false friend";
            }
        }
        if (negatedFrom[start]) {
            return "negated";
        }
        int sentence = tokens.sentence(start);
        if (framed[sentence] && !disclosed[sentence]) {
            return "framed";
        }
        return null;
    }

    /** Words read by all phrase runs of this scan (each costs at most {@value Phrase#MAX_SLOTS} slot checks). */
    long wordsRead() {
        return work.wordsRead();
    }

    List<String> trace() {
        return trace == null ? List.of() : trace;
    }
}
