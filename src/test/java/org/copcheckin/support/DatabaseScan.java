package org.copcheckin.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads every row of every table of ours and Quartz's, looking for strings that must never be stored. */
public final class DatabaseScan {

    private DatabaseScan() {
    }

    /** @return "table: needle" for each needle found anywhere, empty when the database is clean */
    public static List<String> find(JdbcClient jdbc, List<String> needles) {
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables "
                + "WHERE UPPER(table_schema) = 'PUBLIC' AND table_type = 'BASE TABLE'").query(String.class).list();
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            for (Map<String, Object> row : jdbc.sql("SELECT * FROM \"" + table + "\"").query().listOfRows()) {
                String text = row.values().stream().map(DatabaseScan::text).reduce("", (a, b) -> a + "\u0000" + b);
                for (String needle : needles) {
                    if (text.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT))) {
                        found.add(table + ": " + needle);
                    }
                }
            }
        }
        return found;
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return String.valueOf(value);
    }
}
