package org.copcheckin.metrics;

import java.time.Duration;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Counts what the bot does, for Prometheus. Names (Prometheus form in brackets):
 * <ul>
 *   <li>{@value #PROMPTS_POSTED} [{@code cop_prompts_posted_total}] tags {@code kind}, {@code trigger}
 *   ({@code command} or {@code schedule})</li>
 *   <li>{@value #REPLIES_INGESTED} [{@code cop_replies_ingested_total}] tag {@code outcome}
 *   ({@code recorded}, {@code duplicate}, {@code not_a_check_in}, {@code failed}; for feeling buttons also
 *   {@code replaced}, {@code overtaken})</li>
 *   <li>{@value #PAIRING_ROUNDS} [{@code cop_pairing_rounds_total}] and {@value #PAIRING_GROUPS}
 *   [{@code cop_pairing_groups_total}] tag {@code trigger}</li>
 *   <li>{@value #DIGESTS_SENT} [{@code cop_digests_sent_total}] tag {@code trigger}</li>
 *   <li>{@value #COMMAND_DURATION} [{@code cop_command_duration_seconds_*}] tag {@code command}</li>
 *   <li>{@value #PLATFORM_ERRORS} [{@code cop_platform_api_errors_total}] tags {@code platform}, {@code method}</li>
 *   <li>{@value #RATE_LIMIT_WAITS} [{@code cop_platform_rate_limit_waits_seconds_*}] tags {@code platform},
 *   {@code method}</li>
 *   <li>{@value #CONNECT_ATTEMPTS} [{@code cop_platform_connect_attempts_total}] tags {@code platform},
 *   {@code outcome} ({@code connected}, {@code unavailable}, {@code refused}): the adapter's own attempts to
 *   reach the platform at start and after a failed start</li>
 *   <li>{@value #SCHEDULED_RUNS} [{@code cop_scheduled_runs_total}] tags {@code action}, {@code outcome}</li>
 *   <li>{@value #REPLY_COMMIT_GROUP} [{@code cop_replies_commit_group_*}]: replies recorded per database commit
 *   (1 when quiet; more in a burst or while the disk is slow)</li>
 * </ul>
 * Tag values are our own words (command names, API method names, enum names), never user input or ids.
 */
@Component
public class CopMetrics {

    public static final String PROMPTS_POSTED = "cop.prompts.posted";
    public static final String REPLIES_INGESTED = "cop.replies.ingested";
    public static final String PAIRING_ROUNDS = "cop.pairing.rounds";
    public static final String PAIRING_GROUPS = "cop.pairing.groups";
    public static final String DIGESTS_SENT = "cop.digests.sent";
    public static final String COMMAND_DURATION = "cop.command.duration";
    public static final String PLATFORM_ERRORS = "cop.platform.api.errors";
    public static final String RATE_LIMIT_WAITS = "cop.platform.rate.limit.waits";
    public static final String SCHEDULED_RUNS = "cop.scheduled.runs";
    public static final String REPLY_COMMIT_GROUP = "cop.replies.commit.group";
    public static final String CONNECT_ATTEMPTS = "cop.platform.connect.attempts";

    private final MeterRegistry registry;

    public CopMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param kind the prompt kind's word ({@code word}, {@code challenge}, ...) */
    public void promptPosted(String kind, boolean scheduled) {
        counter(PROMPTS_POSTED, "Prompts posted to a channel", "kind", kind, "trigger", trigger(scheduled)).increment();
    }

    /** @param outcome the intake's outcome ({@code RECORDED}, {@code DUPLICATE}, ...) or {@code failed} */
    public void replyIngested(String outcome) {
        counter(REPLIES_INGESTED, "Thread replies taken in, by outcome", "outcome", word(outcome)).increment();
    }

    /** A pairing round was sent: one round, {@code groups} pairs or triads. */
    public void pairingRound(int groups, boolean scheduled) {
        counter(PAIRING_ROUNDS, "Pairing rounds sent", "trigger", trigger(scheduled)).increment();
        counter(PAIRING_GROUPS, "Pairs and triads introduced", "trigger", trigger(scheduled)).increment(groups);
    }

    public void digestSent(boolean scheduled) {
        counter(DIGESTS_SENT, "Digests delivered", "trigger", trigger(scheduled)).increment();
    }

    /** @param command the command's name ({@code ScheduleAdd}, {@code Help}, {@code malformed}, ...) */
    public void commandHandled(String command, Duration took) {
        Timer.builder(COMMAND_DURATION).description("Time to answer a /cop command")
                .tag("command", command).publishPercentileHistogram()
                .register(registry).record(took);
    }

    /**
     * A platform API call failed (after the adapter's own retries).
     *
     * @param platform {@code slack}, {@code discord}, ...
     * @param method   the API method, e.g. {@code chat.postMessage} or {@code POST channels/messages}
     */
    public void platformApiError(String platform, String method) {
        counter(PLATFORM_ERRORS, "Platform API calls that failed", "platform", word(platform), "method", method)
                .increment();
    }

    /** The adapter waited because the platform rate-limited it (Slack 429 Retry-After, Discord buckets). */
    public void rateLimitWait(String platform, String method, Duration waited) {
        Timer.builder(RATE_LIMIT_WAITS).description("Waits imposed by platform rate limits")
                .tags("platform", word(platform), "method", method).register(registry).record(waited);
    }

    /** @param outcome {@code connected}, {@code unavailable} (tried again later) or {@code refused} */
    public void platformConnectAttempt(String platform, String outcome) {
        counter(CONNECT_ATTEMPTS, "Attempts to connect to a platform, by outcome", "platform", word(platform),
                "outcome", word(outcome)).increment();
    }

    /** @param outcome the run's outcome ({@code DONE}, {@code SKIPPED}, {@code FAILED}) */
    public void scheduledRun(String action, String outcome) {
        counter(SCHEDULED_RUNS, "Scheduled runs carried out, by outcome", "action", action, "outcome", word(outcome))
                .increment();
    }

    /** One database commit recorded {@code replies} thread replies together. */
    public void replyCommitGroup(int replies) {
        DistributionSummary.builder(REPLY_COMMIT_GROUP).description("Thread replies recorded per database commit")
                .baseUnit("replies").register(registry).record(replies);
    }

    private Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    private static String trigger(boolean scheduled) {
        return scheduled ? "schedule" : "command";
    }

    private static String word(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
