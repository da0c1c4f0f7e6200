package org.copcheckin.insights;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a word for lookups the way the Lucene analysis folds it: lower case, accents dropped ("José" and "jose",
 * "Nguyễn" and "nguyen", "Đức" and "duc"), curly apostrophes straightened. Every name and vocabulary lookup goes
 * through here, so a name typed with or without its accents is the same name. Pure.
 */
final class Folding {

    private Folding() {
    }

    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        if (ascii) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(switch (c) {
                // letters NFD does not decompose, folded as Lucene's ASCIIFoldingFilter folds them
                case 'đ' -> "d";
                case 'ø' -> "o";
                case 'ł' -> "l";
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                case 'þ' -> "th";
                case 'ı' -> "i";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }
}
