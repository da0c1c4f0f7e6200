package org.copcheckin.discord;

import java.io.IOException;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** A migrated database of each kind the app runs on, for the IDENTIFY turns that replicas share. */
final class IdentifyDatabases {

    /** A database, and what to close when done with it. */
    record Database(DataSource dataSource, AutoCloseable owner) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            owner.close();
        }
    }

    private IdentifyDatabases() {
    }

    /** An in-memory H2 with the app's migrations, gone once closed. */
    static Database h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:identify-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        migrate(h2, "h2");
        return new Database(h2, () -> {
            try (var connection = h2.getConnection(); var statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        });
    }

    /** zonky's embedded PostgreSQL with the app's migrations. */
    static Database postgres() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            migrate(postgres.getPostgresDatabase(), "postgresql");
            return new Database(postgres.getPostgresDatabase(), postgres);
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
    }

    private static void migrate(DataSource dataSource, String vendor) {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load().migrate();
    }
}
