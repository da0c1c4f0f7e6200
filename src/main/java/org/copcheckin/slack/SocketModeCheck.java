package org.copcheckin.slack;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;

/**
 * Asks {@code apps.connections.open} whether Slack takes the app token now, before Bolt opens the socket. Bolt
 * itself reports a refused token as an exception but an unreachable Slack as an error log and a null client;
 * only the second is worth retrying. Reasons carry error codes and exception class names, never the token.
 */
final class SocketModeCheck {

    /** Errors that mean {@code SLACK_APP_TOKEN} itself is wrong: retrying does not help. */
    static final Set<String> REFUSALS = Set.of("invalid_auth", "not_authed", "account_inactive", "token_revoked",
            "token_expired", "not_allowed_token_type", "missing_scope");

    private SocketModeCheck() {
    }

    /** What Slack said. */
    sealed interface Answer permits Accepted, Refused, Unavailable {
    }

    /** Slack would hand out a socket URL. */
    record Accepted() implements Answer {
    }

    /** Slack refuses the token: a configuration error. */
    record Refused(String error) implements Answer {
    }

    /**
     * Slack or the network is not there now (5xx, rate limit, connection error, ...): try again later, and not
     * before {@code retryAfter} when Slack said so (a {@code 429}'s {@code Retry-After}).
     */
    record Unavailable(String reason, Duration retryAfter) implements Answer {

        Unavailable(String reason) {
            this(reason, Duration.ZERO);
        }
    }

    static Answer ask(Slack slack, String appToken) {
        try {
            AppsConnectionsOpenResponse response = slack.methods().appsConnectionsOpen(request -> request.token(appToken));
            return response.isOk() ? new Accepted() : answer(response.getError(), "error " + response.getError());
        } catch (SlackApiException e) {
            String error = e.getError() == null ? null : e.getError().getError();
            String reason = "HTTP " + e.getResponse().code() + (error == null ? "" : " " + error);
            if (e.getResponse().code() == 429) {
                return new Unavailable(reason, RateLimitWaits.retryAfter(e.getResponse().header("Retry-After")));
            }
            return answer(error, reason);
        } catch (IOException | RuntimeException e) {
            return new Unavailable(e.getClass().getSimpleName());
        }
    }

    private static Answer answer(String error, String reason) {
        return error != null && REFUSALS.contains(error) ? new Refused(error) : new Unavailable(reason);
    }
}
