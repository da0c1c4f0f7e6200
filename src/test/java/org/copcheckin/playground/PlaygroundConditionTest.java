package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PlaygroundConditionTest {

    @Test
    void enabledWhenNoPlatformTokenIsSet() {
        assertThat(PlaygroundCondition.isEnabled(new MockEnvironment())).isTrue();
        assertThat(PlaygroundCondition.isEnabled(new MockEnvironment().withProperty("SLACK_BOT_TOKEN", " "))).isTrue();
    }

    @Test
    void disabledByAnyPlatformToken() {
        for (String token : PlaygroundCondition.PLATFORM_TOKENS) {
            assertThat(PlaygroundCondition.isEnabled(new MockEnvironment().withProperty(token, "x"))).as(token).isFalse();
        }
    }

    @Test
    void thePropertyOverridesEitherWay() {
        assertThat(PlaygroundCondition.isEnabled(new MockEnvironment()
                .withProperty("cop.playground.enabled", "false"))).isFalse();
        assertThat(PlaygroundCondition.isEnabled(new MockEnvironment()
                .withProperty("DISCORD_TOKEN", "x").withProperty("cop.playground.enabled", "true"))).isTrue();
    }
}
