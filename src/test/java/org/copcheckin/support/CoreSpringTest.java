package org.copcheckin.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application context on a fresh in-memory H2 with real Flyway and Quartz, a recording platform
 * standing in for Slack, and a {@link MutableClock}; with {@link AnalysedReplies} and {@link HeldElsewhere} for the
 * tests that look at what the analysis is shown or hand runs over. Every class with this annotation and nothing
 * else that configures the context (no bean overrides, properties or configuration of its own) shares one
 * cached context: give a test what it needs through these shared beans rather than through its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({CoreTestConfiguration.class, AnalysedReplies.class, HeldElsewhere.class})
public @interface CoreSpringTest {
}
