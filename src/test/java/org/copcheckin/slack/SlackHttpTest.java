package org.copcheckin.slack;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.MemberLeft;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The whole application on a random port in Slack HTTP mode for one workspace, its Web API calls going to the
 * {@link SlackStandIn}, and {@link SeenEvents} recording the neutral events the adapter publishes. Every class
 * with this annotation shares one Spring context: give a test what it needs here rather than in a configuration
 * of its own, which would start a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slack.bot-token=xoxb-test-bot-token",
        "slack.signing-secret=" + SignedSlack.SECRET})
@ActiveProfiles("test")
@ContextConfiguration(initializers = SlackHttpTest.StandInUrl.class)
@Import(SlackHttpTest.SeenEvents.class)
@interface SlackHttpTest {

    /** Points {@code SLACK_API_URL} at the stand-in. */
    class StandInUrl implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "slack.api-url=" + SlackStandIn.apiUrl());
        }
    }

    /** Records the neutral events the adapter publishes. */
    class SeenEvents {
        final List<ButtonPressed> buttons = new CopyOnWriteArrayList<>();
        final List<MemberLeft> left = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ButtonPressed pressed) {
            buttons.add(pressed);
        }

        @EventListener
        void on(MemberLeft memberLeft) {
            left.add(memberLeft);
        }
    }
}
