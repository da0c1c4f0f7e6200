package org.copcheckin.slack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.slack.api.bolt.response.Response;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * {@code POST /slack/events}: every event, command and interaction Slack sends over HTTP. A plain servlet beside
 * Spring MVC's, as Bolt's own servlet adapter is: each thread reply waits here for its analysis and commit before
 * Slack gets its acknowledgement, so the request path carries nothing it does not need (no handler mapping,
 * argument resolution or message converters). {@link SlackRequestGate} checks the signature headers, the size and
 * the signature over the raw bytes before Bolt sees anything. The request still passes the servlet filters: the
 * {@code http.server.requests} metric records it under its path.
 */
final class SlackEventsServlet extends HttpServlet {

    static final String PATH = "/slack/events";
    private static final long serialVersionUID = 1L;

    private final transient SlackRequestGate gate;
    private final transient BoltRequests bolt;

    /** @param gate null when there is no signing secret (Socket Mode): nothing over HTTP can then be verified */
    SlackEventsServlet(SlackRequestGate gate, BoltRequests bolt) {
        this.gate = gate;
        this.bolt = bolt;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        // every method, a refused GET too, is in the request metric under the endpoint's path
        ServerHttpObservationFilter.findObservationContext(request).ifPresent(context -> context.setPathPattern(PATH));
        super.service(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (gate == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SlackRequestGate.Verdict verdict = gate.check(request.getHeader("X-Slack-Request-Timestamp"),
                request.getHeader("X-Slack-Signature"), request.getContentLengthLong(), request.getInputStream());
        if (verdict instanceof SlackRequestGate.Verdict.Refused refused) {
            response.setStatus(refused.status());
            return;
        }
        byte[] body = ((SlackRequestGate.Verdict.Accepted) verdict).body();
        Optional<Response> answer = bolt.run(request, new String(body, StandardCharsets.UTF_8), Map.of());
        if (answer.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        write(answer.get(), response);
    }

    private static void write(Response answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.getStatusCode());
        Map<String, List<String>> headers = answer.getHeaders();
        if (headers != null) {
            headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
        if (answer.getContentType() != null) {
            response.setContentType(answer.getContentType());
        }
        byte[] body = answer.getBody() == null ? new byte[0] : answer.getBody().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
