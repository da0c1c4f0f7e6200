package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every pattern of the anonymiser reads a hostile reply a bounded number of times per character: the count of
 * characters the regex engine reads is the measure, so the test does not depend on the machine's speed.
 */
class LinearPatternsTest {

    private static final int LENGTH = 40_000;
    private static final Map<String, String> HOSTILE = Map.of(
            "one long word", "a".repeat(LENGTH),
            "dots between letters", "a.".repeat(LENGTH / 2),
            "at signs", "@".repeat(LENGTH),
            "at signs between letters", "a@".repeat(LENGTH / 2),
            "digits", "7".repeat(LENGTH),
            "dots", ".".repeat(LENGTH),
            "words with a digit", "a1 ".repeat(LENGTH / 3),
            "a long hyphenated word", "ab-".repeat(LENGTH / 3),
            "numbers and words", "12 main ".repeat(LENGTH / 8));

    @Test
    void everyAnonymiserPatternReadsAHostileReplyInLinearTime() {
        List<Pattern> patterns = new ArrayList<>(ReplyAnonymiser.PATTERNS);
        patterns.add(ReplyAnonymiser.TITLE_AND_NAME);
        patterns.add(NameCues.FRENCH.titleAndName());
        patterns.add(NameCues.SPANISH.titleAndName());
        List<String> superLinear = new ArrayList<>();
        HOSTILE.forEach((name, text) -> {
            for (Pattern pattern : patterns) {
                CountingText counted = new CountingText(text);
                pattern.matcher(counted).replaceAll(" ");
                if (counted.reads > 60L * text.length()) {
                    superLinear.add(pattern + " on " + name + ": " + counted.reads + " reads");
                }
            }
        });
        assertThat(superLinear).isEmpty();
    }

    /** A text that counts how often its characters are read. */
    private static final class CountingText implements CharSequence {
        private final String text;
        long reads;

        CountingText(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
