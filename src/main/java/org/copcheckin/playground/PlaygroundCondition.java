package org.copcheckin.playground;

import java.util.List;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The playground runs when no platform token is set, so a fresh clone shows something at once; the property
 * {@code cop.playground.enabled} (true or false) overrides that either way.
 */
class PlaygroundCondition implements Condition {

    static final String ENABLED_PROPERTY = "cop.playground.enabled";
    static final List<String> PLATFORM_TOKENS =
            List.of("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_CLIENT_ID", "DISCORD_TOKEN");

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEnabled(context.getEnvironment());
    }

    static boolean isEnabled(Environment environment) {
        String explicit = environment.getProperty(ENABLED_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.trim());
        }
        return PLATFORM_TOKENS.stream().map(environment::getProperty).allMatch(PlaygroundCondition::isBlank);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
