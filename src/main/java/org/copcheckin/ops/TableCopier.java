package org.copcheckin.ops;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Copies the rows of every application table from H2 to PostgreSQL, in one PostgreSQL transaction. */
final class TableCopier {

    /** Flyway's own history (PostgreSQL has its own by now) and Quartz's state of the stopped instance. */
    private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "qrtz_fired_triggers",
            "qrtz_scheduler_state", "qrtz_locks");
    private static final int BATCH = 500;

    private final Connection h2;
    private final Connection pg;

    TableCopier(Connection h2, Connection pg) {
        this.h2 = h2;
        this.pg = pg;
    }

    int copyAll() throws SQLException {
        requireSameSchemaVersion();
        List<String> tables = parentsFirst(tables());
        pg.setAutoCommit(false);
        try {
            int rows = 0;
            for (String table : tables) {
                requireEmpty(table);
                rows += copy(table);
            }
            for (String table : tables) {
                moveSequencePastIds(table);
            }
            // a trigger the stopped instance had taken would otherwise wait for an instance that never returns
            try (Statement statement = pg.createStatement()) {
                statement.executeUpdate("UPDATE qrtz_triggers SET trigger_state = 'WAITING' "
                        + "WHERE trigger_state IN ('ACQUIRED', 'BLOCKED')");
            }
            pg.commit();
            return rows;
        } catch (SQLException | RuntimeException e) {
            pg.rollback();
            throw e;
        }
    }

    private void requireSameSchemaVersion() throws SQLException {
        String sql = "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE "
                + "AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1";
        String h2Version = single(h2, sql);
        String pgVersion = single(pg, sql.replace("\"", ""));
        if (h2Version == null || !h2Version.equals(pgVersion)) {
            throw new IllegalStateException("The H2 database is at schema version " + h2Version + ", this version of "
                    + "the application at " + pgVersion + ": start the application once on H2 first, then copy.");
        }
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = h2.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!SKIPPED.contains(table)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /** Orders tables so that every table comes after the tables its foreign keys point to. */
    private List<String> parentsFirst(List<String> tables) throws SQLException {
        Set<String> ordered = new LinkedHashSet<>();
        for (String table : tables) {
            visit(table, tables, ordered, new LinkedHashSet<>());
        }
        return new ArrayList<>(ordered);
    }

    private void visit(String table, List<String> tables, Set<String> ordered, Set<String> path) throws SQLException {
        if (ordered.contains(table) || !path.add(table)) {
            return;
        }
        DatabaseMetaData meta = h2.getMetaData();
        try (ResultSet keys = meta.getImportedKeys(null, "PUBLIC", table.toUpperCase(Locale.ROOT))) {
            while (keys.next()) {
                String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (!parent.equals(table) && tables.contains(parent)) {
                    visit(parent, tables, ordered, path);
                }
            }
        }
        ordered.add(table);
    }

    private void requireEmpty(String table) throws SQLException {
        if (!"0".equals(single(pg, "SELECT count(*) FROM " + table))) {
            throw new IllegalStateException("PostgreSQL table " + table + " already holds rows: copy into an empty database");
        }
    }

    private int copy(String table) throws SQLException {
        int rows = 0;
        try (Statement read = h2.createStatement(); ResultSet rs = read.executeQuery("SELECT * FROM " + table)) {
            int columns = rs.getMetaData().getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                names.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
            try (PreparedStatement write = pg.prepareStatement(insert)) {
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        write.setObject(i, portable(rs.getObject(i)));
                    }
                    write.addBatch();
                    if (++rows % BATCH == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
        }
        return rows;
    }

    private static Object portable(Object value) throws SQLException {
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value;
    }

    /** Identity columns keep counting from their own sequence: start it after the highest copied id. */
    private void moveSequencePastIds(String table) throws SQLException {
        String sequence = single(pg, "SELECT pg_get_serial_sequence('" + table + "', 'id') WHERE EXISTS (SELECT 1 "
                + "FROM information_schema.columns WHERE table_name = '" + table + "' AND column_name = 'id')");
        if (sequence != null) {
            single(pg, "SELECT setval('" + sequence + "', (SELECT max(id) FROM " + table + ")) "
                    + "WHERE EXISTS (SELECT 1 FROM " + table + ")");
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
