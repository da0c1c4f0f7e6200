package org.copcheckin.slack;

import java.io.IOException;
import java.time.Duration;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.platform.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Web API calls with the right workspace's bot token, through {@code SLACK_API_URL}, each paced to its method's
 * published tier ({@link CallPacer}). A {@code 429} is waited out for as long as its {@code Retry-After} says (by
 * every call of that method in the workspace) and the call is made again, so nothing is dropped for a rate limit.
 */
@SlackComponent
class SlackApi {

    private static final Logger log = LoggerFactory.getLogger(SlackApi.class);

    /** One Web API method call; the lambda gets the client for the workspace. */
    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T on(MethodsClient client) throws IOException, SlackApiException;
    }

    private final Slack slack;
    private final SlackProperties properties;
    private final SlackInstallations installations;
    private final RateLimitWaits waits;
    private final CopMetrics metrics;
    private final CallPacer pacer;

    SlackApi(Slack slack, SlackProperties properties, SlackInstallations installations, RateLimitWaits waits,
             CopMetrics metrics, CallPacer pacer) {
        this.metrics = metrics;
        this.pacer = pacer;
        this.slack = slack;
        this.properties = properties;
        this.installations = installations;
        this.waits = waits;
    }

    <T extends SlackApiTextResponse> T call(String teamId, String method, Call<T> call) {
        return call(teamId, method, null, call);
    }

    /**
     * Calls the method once its tier allows ({@link CallPacer}); {@code channelId} matters for methods limited per
     * channel ({@code chat.postMessage}).
     */
    <T extends SlackApiTextResponse> T call(String teamId, String method, String channelId, Call<T> call) {
        MethodsClient client = slack.methods(botToken(teamId));
        for (int attempt = 1; ; attempt++) {
            try {
                pacer.awaitSlot(teamId, method, channelId);
                T response = call.on(client);
                if (!response.isOk()) {
                    metrics.platformApiError("slack", method);
                    throw new PlatformException("Slack " + method + " refused: " + response.getError());
                }
                return response;
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (status == 429 && attempt < waits.maxAttempts()) {
                    Duration wait = RateLimitWaits.retryAfter(e.getResponse().header("Retry-After"));
                    log.info("Slack {} is rate limited; retrying in {} ms (attempt {})", method, wait.toMillis(), attempt);
                    metrics.rateLimitWait("slack", method, wait);
                    // every caller of the method in this workspace waits it out, not only this one
                    pacer.rateLimited(teamId, method, channelId, wait);
                    continue;
                }
                metrics.platformApiError("slack", method);
                throw new PlatformException("Slack " + method + " answered HTTP " + status);
            } catch (IOException e) {
                metrics.platformApiError("slack", method);
                throw new PlatformException("Slack " + method + " could not be reached: " + e.getClass().getSimpleName());
            }
        }
    }

    String botToken(String teamId) {
        if (!properties.oauth()) {
            if (properties.botToken() == null) {
                throw new PlatformException("No Slack bot token is configured");
            }
            return properties.botToken();
        }
        return installations.botToken(teamId)
                .orElseThrow(() -> new PlatformException("cop-checkin is not installed in this Slack workspace"));
    }

    Slack slack() {
        return slack;
    }
}
