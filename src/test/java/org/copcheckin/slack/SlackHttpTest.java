package org.copcheckin.slack;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The whole application on a random port in Slack HTTP mode for one workspace, its Web API calls going to the
 * {@link SlackStandIn}. Every class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slack.bot-token=xoxb-test-bot-token",
        "slack.signing-secret=" + SignedSlack.SECRET})
@ActiveProfiles("test")
@ContextConfiguration(initializers = SlackHttpTest.StandInUrl.class)
@interface SlackHttpTest {

    /** Points {@code SLACK_API_URL} at the stand-in. */
    class StandInUrl implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "slack.api-url=" + SlackStandIn.apiUrl());
        }
    }
}
