package org.copcheckin.checkins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows a group of replies writes, collected per statement and sent as one JDBC batch per statement when the
 * group is written ({@link ReplyCommits}), instead of one statement per row: a group of 64 word answers is then
 * five batches, not 300 statements, each with its own trip through Spring, the pool and the database's command
 * machinery. Statements run in the order they were first added, so a table's rows are written before rows that
 * refer to them. Holds only what listeners hand it (keys, pseudonyms, vocabulary words), never a reply's text.
 */
public final class ReplyRows {

    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

    /** Adds one row for {@code sql}; {@code args} are its parameters in order. */
    public void add(String sql, Object... args) {
        rows.computeIfAbsent(sql, key -> new ArrayList<>()).add(args);
    }

    /** Sends every statement's rows as one batch each, then forgets them. */
    void write(JdbcTemplate template) {
        rows.forEach(template::batchUpdate);
        rows.clear();
    }
}
