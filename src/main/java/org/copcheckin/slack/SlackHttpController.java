package org.copcheckin.slack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bolt inside Spring MVC. The body is read as raw bytes before anything could parse it as form parameters
 * (the signature covers the exact bytes Slack sent), handed to Bolt, and Bolt's response is copied back.
 * {@link SlackRequestGate} checks the signature headers, the size and the signature before Bolt sees anything.
 */
@RestController
@Conditional(SlackConfigured.class)
class SlackHttpController {

    private static final Logger log = LoggerFactory.getLogger(SlackHttpController.class);

    private final App app;
    private final SlackProperties properties;
    private final SlackRequestParser parser;

    private final SlackRequestGate gate;
    private final InstallRateLimit installLimit;
    private final SlackOAuthStates states;

    SlackHttpController(App app, SlackProperties properties, Clock clock,
                        @Value("${slack.body-timeout:10s}") Duration bodyTimeout, InstallRateLimit installLimit,
                        SlackOAuthStates states) {
        this.app = app;
        this.properties = properties;
        this.installLimit = installLimit;
        this.states = states;
        this.parser = new SlackRequestParser(app.config());
        this.gate = properties.signingSecret() == null ? null
                : new SlackRequestGate(properties.signingSecret(), clock, bodyTimeout);
    }

    @PostMapping("/slack/events")
    ResponseEntity<byte[]> events(HttpServletRequest request) throws IOException {
        if (properties.signingSecret() == null) {
            // Socket Mode without a signing secret: nothing over HTTP can be verified, so nothing is accepted
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        SlackRequestGate.Verdict verdict = gate.check(request.getHeader("X-Slack-Request-Timestamp"),
                request.getHeader("X-Slack-Signature"), request.getContentLengthLong(), request.getInputStream());
        if (verdict instanceof SlackRequestGate.Verdict.Refused refused) {
            return ResponseEntity.status(refused.status()).build();
        }
        byte[] body = ((SlackRequestGate.Verdict.Accepted) verdict).body();
        return run(request, new String(body, StandardCharsets.UTF_8), Map.of());
    }

    @GetMapping({SlackConfiguration.INSTALL_PATH, SlackConfiguration.REDIRECT_PATH})
    ResponseEntity<byte[]> oauth(HttpServletRequest request) {
        if (!properties.oauth()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        if (SlackConfiguration.INSTALL_PATH.equals(request.getServletPath())) {
            // every visit stores a state row: per address, and in all, there is a ceiling
            Optional<Duration> wait = installLimit.take(request.getRemoteAddr())
                    .or(() -> states.live() >= SlackOAuthStates.MAX_LIVE ? Optional.of(Duration.ofMinutes(1))
                            : Optional.empty());
            if (wait.isPresent()) {
                return tooManyInstalls(wait.get());
            }
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> query.put(name, new ArrayList<>(Arrays.asList(values))));
        return run(request, "", query);
    }

    private static ResponseEntity<byte[]> tooManyInstalls(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .header(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                .body(("Too many install attempts from this address: try again in " + seconds + " seconds.")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private ResponseEntity<byte[]> run(HttpServletRequest request, String body, Map<String, List<String>> query) {
        Request<?> slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(request.getRequestURI())
                .queryString(query)
                .headers(new RequestHeaders(headers(request)))
                .requestBody(body)
                .remoteAddress(request.getRemoteAddr())
                .build());
        if (slackRequest == null) {
            return ResponseEntity.badRequest().build();
        }
        try {
            return copy(app.run(slackRequest));
        } catch (Exception e) {
            log.warn("Slack request of type {} failed: {}", slackRequest.getRequestType(), e.getClass().getSimpleName());
            return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).build();
        }
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    private static ResponseEntity<byte[]> copy(Response response) {
        HttpHeaders headers = new HttpHeaders();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
        }
        if (response.getContentType() != null) {
            headers.set(HttpHeaders.CONTENT_TYPE, response.getContentType());
        }
        byte[] body = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.status(response.getStatusCode()).headers(headers).body(body);
    }
}
