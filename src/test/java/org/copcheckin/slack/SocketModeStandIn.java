package org.copcheckin.slack;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * Slack's Socket Mode server, stood in by a small embedded Tomcat WebSocket endpoint: it records what the app
 * sends (envelope acknowledgements) and pushes envelopes to it. {@code apps.connections.open} on the
 * {@link SlackStandIn} hands out its URL.
 */
final class SocketModeStandIn {

    static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    static final List<Session> SESSIONS = new CopyOnWriteArrayList<>();
    private static final int PORT = start();

    private SocketModeStandIn() {
    }

    static String url() {
        return "ws://127.0.0.1:" + PORT + "/link";
    }

    static boolean connected() {
        return SESSIONS.stream().anyMatch(Session::isOpen);
    }

    /** Sends to the newest open connection: an earlier test's cached application may still hold an older one. */
    static void push(String envelope) throws IOException {
        for (int i = SESSIONS.size() - 1; i >= 0; i--) {
            Session session = SESSIONS.get(i);
            if (session.isOpen()) {
                send(session, envelope);
                return;
            }
        }
        throw new IllegalStateException("No Socket Mode connection");
    }

    /**
     * One writer at a time per connection: a test can push while {@link Link#onOpen} is still sending hello, and
     * Tomcat refuses a second text started on the same connection (TEXT_FULL_WRITING).
     */
    private static void send(Session session, String text) throws IOException {
        synchronized (session) {
            session.getBasicRemote().sendText(text);
        }
    }

    private static int start() {
        try {
            Tomcat tomcat = new Tomcat();
            tomcat.setBaseDir(Files.createTempDirectory("socket-mode-stand-in").toString());
            tomcat.setPort(0);
            tomcat.getConnector().setProperty("address", "127.0.0.1");
            Context context = tomcat.addContext("", null);
            // the upgrade filter only runs for a request that maps to a servlet
            Tomcat.addServlet(context, "nothing", new jakarta.servlet.http.HttpServlet() { });
            context.addServletMappingDecoded("/", "nothing");
            context.addServletContainerInitializer(new WsSci(), null);
            context.addServletContainerInitializer((classes, servletContext) -> {
                ServerContainer container = (ServerContainer) servletContext
                        .getAttribute("jakarta.websocket.server.ServerContainer");
                try {
                    container.addEndpoint(ServerEndpointConfig.Builder.create(Link.class, "/link").build());
                } catch (jakarta.websocket.DeploymentException e) {
                    throw new IllegalStateException(e);
                }
            }, null);
            tomcat.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    tomcat.stop();
                } catch (LifecycleException ignored) {
                    // shutting down anyway
                }
            }));
            return tomcat.getConnector().getLocalPort();
        } catch (IOException | LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One Socket Mode connection from the app. */
    public static class Link extends Endpoint {
        @Override
        public void onOpen(Session session, EndpointConfig config) {
            session.addMessageHandler(String.class, (MessageHandler.Whole<String>) RECEIVED::add);
            SESSIONS.add(session);
            try {
                send(session, "{\"type\":\"hello\",\"num_connections\":1,"
                        + "\"connection_info\":{\"app_id\":\"A-COP\"}}");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
