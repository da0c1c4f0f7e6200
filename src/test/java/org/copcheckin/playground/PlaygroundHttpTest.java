package org.copcheckin.playground;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.support.CoreTestConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the playground enabled (the test profile sets no platform
 * token), a fresh in-memory database, and a listener that records button presses. Test classes with this
 * annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({CoreTestConfiguration.class, PlaygroundHttpTest.ButtonRecorder.class})
@interface PlaygroundHttpTest {

    /** Stands in for a later feature that owns a button. */
    @TestConfiguration(proxyBeanMethods = false)
    class ButtonRecorder {

        final List<ButtonPressed> pressed = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ButtonPressed event) {
            pressed.add(event);
        }
    }
}
