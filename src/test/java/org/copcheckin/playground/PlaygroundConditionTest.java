package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.support.SpringApplicationJsonEnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

class PlaygroundConditionTest {

    @Test
    void enabledWhenNoPlatformTokenIsSet() {
        assertThat(PlaygroundCondition.isEnabled(new MockEnvironment())).isTrue();
        assertThat(PlaygroundCondition.isEnabled(environment(Map.of("SLACK_BOT_TOKEN", " ")))).isTrue();
    }

    @Test
    void disabledByAnyPlatformTokenInTheEnvironment() {
        for (String variable : new String[] {"SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_CLIENT_ID", "DISCORD_TOKEN"}) {
            assertThat(PlaygroundCondition.isEnabled(environment(Map.of(variable, "x")))).as(variable).isFalse();
        }
    }

    @Test
    void disabledByATokenGivenAsAnApplicationPropertyInAnySpelling() {
        for (String property : new String[] {"slack.bot-token", "slack.botToken", "slack.app-token",
                "slack.client-id", "discord.token"}) {
            assertThat(PlaygroundCondition.isEnabled(new MockEnvironment().withProperty(property, "x")))
                    .as(property).isFalse();
        }
    }

    @Test
    void disabledByATokenGivenOnTheCommandLine() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource("--discord.token=x"));

        assertThat(PlaygroundCondition.isEnabled(environment)).isFalse();
    }

    @Test
    void disabledByATokenGivenInSpringApplicationJson() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("spring.application.json", "{\"slack\":{\"app-token\":\"xapp-1\"}}")));
        new SpringApplicationJsonEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(PlaygroundCondition.isEnabled(environment)).isFalse();
    }

    @Test
    void thePropertyOverridesEitherWay() {
        assertThat(PlaygroundCondition.isEnabled(new MockEnvironment()
                .withProperty("cop.playground.enabled", "false"))).isFalse();
        assertThat(PlaygroundCondition.isEnabled(new MockEnvironment()
                .withProperty("discord.token", "x").withProperty("cop.playground.enabled", "true"))).isTrue();
        assertThat(PlaygroundCondition.isEnabled(environment(Map.of("COP_PLAYGROUND_ENABLED", "false")))).isFalse();
    }

    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        return environment;
    }
}
