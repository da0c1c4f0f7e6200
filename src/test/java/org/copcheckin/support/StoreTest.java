package org.copcheckin.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A JDBC slice for store tests: the test profile's in-memory H2 with the real Flyway migrations, a
 * {@code JdbcClient} and transactions, and no web server, Quartz, platform or use cases. Every store test uses
 * this one annotation and the one {@link StoreTestConfiguration}, so they all share one cached context: add a
 * store's beans there rather than a configuration of a test's own, which would start a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import(StoreTestConfiguration.class)
public @interface StoreTest {
}
