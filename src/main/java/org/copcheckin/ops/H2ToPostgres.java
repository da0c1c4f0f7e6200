package org.copcheckin.ops;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.flywaydb.core.Flyway;

/**
 * Copies an embedded H2 database into an empty PostgreSQL database, for moving from one machine to replicas.
 * Stop the application first (H2 is a single-process database) and start this version of the application
 * once on H2, so both sides end up on the same schema version. Then:
 *
 * <pre>
 * H2_URL=jdbc:h2:file:/data/cop-checkin \
 * SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/cop SPRING_DATASOURCE_USERNAME=cop SPRING_DATASOURCE_PASSWORD=... \
 * java -cp application.jar org.copcheckin.ops.H2ToPostgres            # in the container image
 * java -Dloader.main=org.copcheckin.ops.H2ToPostgres -cp cop-checkin.jar \
 *      org.springframework.boot.loader.launch.PropertiesLauncher        # with the fat jar
 * </pre>
 *
 * It creates the schema on PostgreSQL with the application's own Flyway migrations, refuses a PostgreSQL
 * database that already holds data, copies every table in one transaction (parents before children, Quartz's
 * jobs and triggers included, Quartz's runtime state left out), and moves the id sequences past the copied
 * ids. Keep {@code secret.key} (or {@code COP_SECRET_KEY}): pseudonyms and stored tokens depend on it.
 */
public final class H2ToPostgres {

    private H2ToPostgres() {
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> env = System.getenv();
        String h2Url = require(env, "H2_URL");
        String pgUrl = require(env, "SPRING_DATASOURCE_URL");
        String user = env.getOrDefault("SPRING_DATASOURCE_USERNAME", "");
        String password = env.getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        int rows = copy(h2Url, env.getOrDefault("H2_USERNAME", "sa"), env.getOrDefault("H2_PASSWORD", ""),
                pgUrl, user, password);
        System.out.println("Copied " + rows + " rows from H2 to PostgreSQL. Start the application on PostgreSQL now.");
    }

    /** @return how many rows were copied */
    public static int copy(String h2Url, String h2User, String h2Password, String pgUrl, String pgUser,
                           String pgPassword) throws SQLException {
        migrate(pgUrl, pgUser, pgPassword);
        try (Connection h2 = DriverManager.getConnection(h2Url + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", h2User, h2Password);
             Connection pg = DriverManager.getConnection(pgUrl, pgUser, pgPassword)) {
            return new TableCopier(h2, pg).copyAll();
        }
    }

    private static void migrate(String url, String user, String password) {
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .load().migrate();
    }

    private static String require(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be set; see the class documentation");
        }
        return value;
    }
}
