package org.copcheckin.playground;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.copcheckin.support.CoreTestConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the playground enabled (the test profile sets no platform
 * token), a fresh in-memory database, and {@link org.copcheckin.support.ButtonPresses} recording button presses;
 * the same configuration as {@code HealthEndpointTest}. Test classes with this
 * annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(CoreTestConfiguration.class)
@interface PlaygroundHttpTest {
}
