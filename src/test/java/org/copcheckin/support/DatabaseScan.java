package org.copcheckin.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads every row of every table of ours and Quartz's, looking for strings that must never be stored. */
public final class DatabaseScan {

    /**
     * Keyed hashes and pseudonyms, written in hex, are taken out before the substring search: a name spelt only in
     * hex letters ("Abebe", "Dee") turns up by chance inside a random 64-digit hash, and a hash holds no text. A run
     * of digits alone (a Discord id, a phone number) is never taken out.
     */
    private static final java.util.regex.Pattern HASHES = java.util.regex.Pattern
            .compile("(?<![0-9a-z])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{16,}(?![0-9a-z])");

    private DatabaseScan() {
    }

    /** @return "table: needle" for each needle found anywhere, empty when the database is clean */
    public static List<String> find(JdbcClient jdbc, List<String> needles) {
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables "
                + "WHERE UPPER(table_schema) = 'PUBLIC' AND table_type = 'BASE TABLE'").query(String.class).list();
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            for (Map<String, Object> row : jdbc.sql("SELECT * FROM \"" + table + "\"").query().listOfRows()) {
                String text = HASHES.matcher(row.entrySet().stream().filter(cell -> !isKey(cell))
                        .map(cell -> text(cell.getValue())).reduce("", (a, b) -> a + "\u0000" + b)
                        .toLowerCase(Locale.ROOT)).replaceAll("#");
                for (String needle : needles) {
                    if (text.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT))) {
                        found.add(table + ": " + needle);
                    }
                }
            }
        }
        return found;
    }

    /**
     * Word by word: every value of every row is split into words (letters and apostrophes, accents folded), and
     * each word is compared with the given ones, so a short name ("an", "mai") matches only itself, not "mainly".
     *
     * @return "table: word" for each word found, empty when no table holds any
     */
    public static List<String> findWords(JdbcClient jdbc, java.util.Collection<String> words) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        words.forEach(word -> wanted.add(fold(word)));
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables "
                + "WHERE UPPER(table_schema) = 'PUBLIC' AND table_type = 'BASE TABLE'").query(String.class).list();
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (String table : tables) {
            for (Map<String, Object> row : jdbc.sql("SELECT * FROM \"" + table + "\"").query().listOfRows()) {
                for (Map.Entry<String, Object> cell : row.entrySet()) {
                    Object value = cell.getValue();
                    if (value instanceof byte[] || isKey(cell)) {
                        continue; // Quartz's serialised job data ("java.lang.Long"); no table of ours has binaries
                    }
                    for (String word : HASHES.matcher(fold(text(value))).replaceAll("#").split("[^a-z']+")) {
                        if (wanted.contains(word)) {
                            found.add(table + ": " + word);
                        }
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * A random or keyed key of ours in a column named for it ({@code button_key}, {@code delivery_key},
     * {@code member_key}...), in one of {@link #KEY}'s forms. Its letters are random, so a short name ("al", "Ana")
     * turns up in one by chance; a key holds no text.
     */
    private static boolean isKey(Map.Entry<String, Object> cell) {
        return cell.getKey().toLowerCase(Locale.ROOT).endsWith("key") && cell.getValue() instanceof String value
                && KEY.matcher(value).matches();
    }

    /**
     * Our keys' exact forms: 64 hex digits (a delivery or member key), {@code p} and 63 (a private reply's), or 16
     * URL-safe Base64 characters with an upper-case letter, a digit, {@code -} or {@code _} among them (a prompt's
     * button key; a folded name key is lower-case letters only). Digits alone (a Discord id) are never a key here.
     */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile(
            "(?=.*[a-zA-Z])(?:p?[0-9a-f]{63,64}|(?=.*[A-Z0-9_-])[A-Za-z0-9_-]{16})");

    /** Lower case, accents folded. */
    public static String fold(String text) {
        String decomposed = java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').replace('ł', 'l').replace('ø', 'o');
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return String.valueOf(value);
    }
}
