package org.copcheckin.playground;

import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The playground runs when no platform token is set, so a fresh clone shows something at once; the property
 * {@code cop.playground.enabled} (true or false) overrides that either way. Tokens are read as Spring binds them
 * (environment, application properties, command-line arguments, {@code SPRING_APPLICATION_JSON}, in any relaxed
 * spelling), the way the adapters themselves read them: a token the adapter sees always turns the playground off.
 */
class PlaygroundCondition implements Condition {

    static final String ENABLED_PROPERTY = "cop.playground.enabled";
    static final List<String> PLATFORM_TOKENS =
            List.of("slack.bot-token", "slack.app-token", "slack.client-id", "discord.token");

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEnabled(context.getEnvironment());
    }

    static boolean isEnabled(Environment environment) {
        Binder binder = Binder.get(environment);
        String explicit = binder.bind(ENABLED_PROPERTY, String.class).orElse(null);
        if (explicit != null && !explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.trim());
        }
        return PLATFORM_TOKENS.stream()
                .map(name -> binder.bind(name, String.class).orElse(null))
                .allMatch(PlaygroundCondition::isBlank);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
