package org.copcheckin.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.model.event.MessageEvent;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;

/**
 * The baseline: a Bolt app that only acknowledges message events, on its own embedded Tomcat (the same server
 * the application runs on), with Bolt's request verification and nothing else.
 */
final class BareBolt implements AutoCloseable {

    private final Tomcat tomcat = new Tomcat();
    private final int port;

    BareBolt(String apiUrl, String botToken, String signingSecret) throws IOException, LifecycleException {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(apiUrl);
        AppConfig config = AppConfig.builder().slack(Slack.getInstance(slackConfig)).singleTeamBotToken(botToken)
                .signingSecret(signingSecret).authTestCacheEnabled(true).build();
        App app = new App(config);
        app.event(MessageEvent.class, (payload, context) -> context.ack());
        SlackRequestParser parser = new SlackRequestParser(app.config());
        tomcat.setBaseDir(Files.createTempDirectory("bare-bolt").toString());
        tomcat.setPort(0);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("", null);
        if (context instanceof StandardContext standard) {
            // as Spring Boot does for its embedded Tomcat: these checks need --add-opens and only warn at stop
            standard.setClearReferencesThreadLocals(false);
            standard.setClearReferencesRmiTargets(false);
        }
        Tomcat.addServlet(context, "bolt", new HttpServlet() {
            @Override
            protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
                String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, List<String>> headers = new LinkedHashMap<>();
                for (String name : Collections.list(request.getHeaderNames())) {
                    headers.put(name, Collections.list(request.getHeaders(name)));
                }
                Request<?> slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
                        .requestUri(request.getRequestURI()).requestBody(body).headers(new RequestHeaders(headers))
                        .remoteAddress(request.getRemoteAddr()).build());
                try {
                    Response answer = app.run(slackRequest);
                    response.setStatus(answer.getStatusCode());
                    response.setContentType(answer.getContentType());
                    if (answer.getBody() != null) {
                        response.getOutputStream().write(answer.getBody().getBytes(StandardCharsets.UTF_8));
                    }
                } catch (Exception e) {
                    response.setStatus(500);
                }
            }
        });
        context.addServletMappingDecoded("/slack/events", "bolt");
        tomcat.start();
        this.port = tomcat.getConnector().getLocalPort();
    }

    String eventsUrl() {
        return "http://127.0.0.1:" + port + "/slack/events";
    }

    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }
}
