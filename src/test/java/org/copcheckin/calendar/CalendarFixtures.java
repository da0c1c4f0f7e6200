package org.copcheckin.calendar;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** iCalendar feeds as districts publish them, and a local HTTP server (the JDK's) that serves them in tests. */
public final class CalendarFixtures {

    private CalendarFixtures() {
    }

    /**
     * A district's year: an all-day winter break (DTEND the day after, as RFC 5545 has it), a one-day holiday with
     * no DTEND, a folded summary, a timed board meeting, an all-day picture day (not a closure) and a cancelled
     * closure.
     */
    public static final String DISTRICT = String.join("\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Lincoln Unified//District Calendar//EN",
            "BEGIN:VEVENT",
            "UID:winter-2026@lincoln.example",
            "DTSTAMP:20260801T120000Z",
            "DTSTART;VALUE=DATE:20261221",
            "DTEND;VALUE=DATE:20270105",
            "SUMMARY:Winter Break - No School",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:mlk-2027@lincoln.example",
            "DTSTAMP:20260801T120000Z",
            "DTSTART;VALUE=DATE:20270118",
            "SUMMARY:Martin Luther King Jr. Day (holiday",
            "  \u2013 schools closed)", // RFC 5545 folding: CRLF and one space go, the second space stays
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:board-2026-12@lincoln.example",
            "DTSTAMP:20260801T120000Z",
            "DTSTART;TZID=America/Los_Angeles:20261215T180000",
            "DTEND;TZID=America/Los_Angeles:20261215T200000",
            "SUMMARY:School Board Meeting",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:picture-2027@lincoln.example",
            "DTSTAMP:20260801T120000Z",
            "DTSTART;VALUE=DATE:20270210",
            "DTEND;VALUE=DATE:20270211",
            "SUMMARY:Picture Day",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:snow-2027@lincoln.example",
            "DTSTAMP:20260801T120000Z",
            "DTSTART;VALUE=DATE:20270301",
            "SUMMARY:Snow day - closed",
            "STATUS:CANCELLED",
            "END:VEVENT",
            "END:VCALENDAR", "");

    /** One all-day closure whose DTSTART is not a date. */
    public static final String BAD_DATE = String.join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
            "BEGIN:VEVENT", "UID:ok@test", "DTSTAMP:20260801T120000Z", "DTSTART;VALUE=DATE:20261123",
            "SUMMARY:Thanksgiving Recess", "END:VEVENT",
            "BEGIN:VEVENT", "UID:bad@test", "DTSTAMP:20260801T120000Z", "DTSTART;VALUE=DATE:20261345",
            "SUMMARY:Spring Break", "END:VEVENT",
            "END:VCALENDAR", "");

    /** An all-day closure that ends before it starts. */
    public static final String BACKWARDS = String.join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
            "BEGIN:VEVENT", "UID:b@test", "DTSTAMP:20260801T120000Z", "DTSTART;VALUE=DATE:20270405",
            "DTEND;VALUE=DATE:20270329", "SUMMARY:Spring Break", "END:VEVENT",
            "END:VCALENDAR", "");

    /** A local HTTP server: each path answers with its status, content type and body, or a redirect. */
    public static final class FeedServer implements AutoCloseable {

        /** What a path answers. */
        public record Answer(int status, String contentType, byte[] body, String location) {
            public static Answer ics(String text) {
                return new Answer(200, "text/calendar; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), null);
            }

            public static Answer redirect(String location) {
                return new Answer(302, "text/plain", new byte[0], location);
            }
        }

        private final HttpServer server;
        private final Map<String, Answer> answers = new ConcurrentHashMap<>();
        private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();

        public FeedServer() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }

        public FeedServer answer(String path, Answer answer) {
            answers.put(path, answer);
            return this;
        }

        public FeedServer handler(String path, HttpHandler handler) {
            handlers.put(path, handler);
            return this;
        }

        public String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        private void handle(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            if (handlers.containsKey(path)) {
                handlers.get(path).handle(exchange);
                return;
            }
            Answer answer = answers.getOrDefault(path, new Answer(404, "text/plain", "not here".getBytes(), null));
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            if (answer.location() != null) {
                exchange.getResponseHeaders().set("Location", answer.location());
            }
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
