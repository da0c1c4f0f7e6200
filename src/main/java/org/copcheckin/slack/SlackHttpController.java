package org.copcheckin.slack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OAuth install and redirect pages, handed to Bolt inside Spring MVC, with Bolt's response copied back. The
 * events endpoint is a servlet of its own ({@link SlackEventsServlet}).
 */
@RestController
@Conditional(SlackConfigured.class)
class SlackHttpController {

    private final SlackProperties properties;
    private final BoltRequests bolt;
    private final InstallRateLimit installLimit;
    private final SlackOAuthStates states;

    SlackHttpController(App app, SlackProperties properties, InstallRateLimit installLimit, SlackOAuthStates states) {
        this.properties = properties;
        this.bolt = new BoltRequests(app);
        this.installLimit = installLimit;
        this.states = states;
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
        return bolt.run(request, body, query).map(SlackHttpController::copy)
                .orElseGet(() -> ResponseEntity.badRequest().build());
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
