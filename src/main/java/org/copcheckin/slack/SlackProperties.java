package org.copcheckin.slack;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Slack settings, bound from {@code SLACK_BOT_TOKEN}, {@code SLACK_SIGNING_SECRET}, {@code SLACK_APP_TOKEN},
 * {@code SLACK_CLIENT_ID}, {@code SLACK_CLIENT_SECRET} and {@code SLACK_API_URL} by relaxed binding; in Socket Mode,
 * {@code SLACK_SOCKET_RETRY_INITIAL} and {@code SLACK_SOCKET_RETRY_MAX} pace the attempts to reach Slack.
 */
@ConfigurationProperties(prefix = "slack")
record SlackProperties(String botToken, String signingSecret, String appToken, String clientId,
                       String clientSecret, String apiUrl, Duration socketRetryInitial, Duration socketRetryMax) {

    static final String DEFAULT_API_URL = "https://slack.com/api/";

    SlackProperties {
        botToken = blankToNull(botToken);
        signingSecret = blankToNull(signingSecret);
        appToken = blankToNull(appToken);
        clientId = blankToNull(clientId);
        clientSecret = blankToNull(clientSecret);
        apiUrl = blankToNull(apiUrl);
        socketRetryInitial = socketRetryInitial == null ? Duration.ofSeconds(1) : socketRetryInitial;
        socketRetryMax = socketRetryMax == null ? Duration.ofSeconds(60) : socketRetryMax;
    }

    /** Many workspaces: tokens come from OAuth installations. */
    boolean oauth() {
        return clientId != null && clientSecret != null;
    }

    boolean socketMode() {
        return appToken != null;
    }

    /** The Web API base with its trailing slash, as the SDK's endpoint prefix wants it. */
    String methodsUrlPrefix() {
        String url = apiUrl == null ? DEFAULT_API_URL : apiUrl;
        return url.endsWith("/") ? url : url + "/";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
