package org.copcheckin.slack;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The adapter is on when Slack is configured: a bot token with a signing secret (HTTP mode), an app token
 * (Socket Mode), or a client id with its secret (OAuth, many workspaces).
 */
class SlackConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment env = context.getEnvironment();
        return (set(env, "slack.bot-token") && set(env, "slack.signing-secret"))
                || set(env, "slack.app-token")
                || (set(env, "slack.client-id") && set(env, "slack.client-secret"));
    }

    /** Socket Mode: an app token is set. */
    static class AppToken implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return set(context.getEnvironment(), "slack.app-token");
        }
    }

    private static boolean set(Environment env, String key) {
        String value = env.getProperty(key);
        return value != null && !value.isBlank();
    }
}
