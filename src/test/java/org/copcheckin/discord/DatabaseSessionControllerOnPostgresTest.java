package org.copcheckin.discord;

/** The IDENTIFY turns of {@link DatabaseSessionControllerTest} on zonky's embedded PostgreSQL. */
class DatabaseSessionControllerOnPostgresTest extends DatabaseSessionControllerTest {

    @Override
    IdentifyDatabases.Database open() {
        return IdentifyDatabases.postgres();
    }
}
