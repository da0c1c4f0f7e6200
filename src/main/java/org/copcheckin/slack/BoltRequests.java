package org.copcheckin.slack;

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

/**
 * A servlet request handed to Bolt: its path, query, headers, address and the body already read (and, for
 * {@code /slack/events}, verified), parsed as Bolt parses it and run through the {@link App}. A request Bolt cannot
 * parse is answered 400, and a handler's failure 500, naming only the request's type in the log.
 */
final class BoltRequests {

    private static final Logger log = LoggerFactory.getLogger(BoltRequests.class);

    private final App app;
    private final SlackRequestParser parser;

    BoltRequests(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    /** Bolt's answer, or empty when the request is not one Bolt knows (400). */
    Optional<Response> run(HttpServletRequest request, String body, Map<String, List<String>> query) {
        Request<?> slackRequest;
        try {
            slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(request.getRequestURI())
                    .queryString(query)
                    .headers(new RequestHeaders(headers(request)))
                    .requestBody(body)
                    .remoteAddress(request.getRemoteAddr())
                    .build());
        } catch (RuntimeException e) {
            // the exception's message can quote the body (a form value that does not decode): its kind only
            log.warn("A Slack request could not be parsed: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
        if (slackRequest == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(app.run(slackRequest));
        } catch (Exception e) {
            log.warn("Slack request of type {} failed: {}", slackRequest.getRequestType(), e.getClass().getSimpleName());
            return Optional.of(Response.builder().statusCode(500).build());
        }
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }
}
