package org.copcheckin.playground;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets anyone act as the facilitator only from this machine. A request from elsewhere (or one that came through a
 * proxy, which makes every request look local) needs the access key: once in the URL ({@code ?key=...}), after
 * which an HttpOnly, SameSite=Strict cookie carries it and the key leaves the address bar. Everything but the
 * Slack endpoints (which verify Slack's signature or run OAuth) and the actuator (probes from the node) is
 * behind it, so a path the page gains later cannot be forgotten.
 */
class PlaygroundKeyFilter extends OncePerRequestFilter {

    static final String COOKIE = "cop_playground_key";
    static final String PARAMETER = "key";
    private static final List<String> OPEN_PREFIXES = List.of("/slack/", "/actuator/", "/actuator");
    private static final List<String> PROXY_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
            "X-Real-IP");
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9a-fA-F:.%]+");
    static final String REFUSAL = """
            This cop-checkin playground lets whoever opens it act as a facilitator, so from another machine it asks \
            for an access key.

            The key was printed once in the application's log when it started, in a line with /playground?key=... \
            (Docker: docker compose logs bot; Kubernetes: kubectl logs <pod>). Open that address once: your browser \
            then keeps the key in a cookie. An operator can choose the key with COP_PLAYGROUND_KEY.
            """;

    private final PlaygroundKey key;

    PlaygroundKeyFilter(PlaygroundKey key) {
        this.key = key;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals("/error") || OPEN_PREFIXES.stream().anyMatch(prefix -> prefix.endsWith("/")
                ? path.startsWith(prefix) : path.equals(prefix));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromThisMachine(request) || key.matches(cookie(request).orElse(null))) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> offered = queryKey(request);
        if (offered.isPresent() && key.matches(offered.get())) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, key.value()).httpOnly(true)
                    .sameSite("Strict").secure(request.isSecure()).path("/").build().toString());
            if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                // the key leaves the address bar (and the history, and later Referer headers)
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader(HttpHeaders.LOCATION, withoutKey(request));
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                response.setHeader("Referrer-Policy", "no-referrer");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(REFUSAL.getBytes(StandardCharsets.UTF_8));
    }

    /** Loopback, and no proxy in between: a proxy on this machine would make every visitor look local. */
    static boolean fromThisMachine(HttpServletRequest request) {
        if (PROXY_HEADERS.stream().anyMatch(header -> request.getHeader(header) != null)) {
            return false;
        }
        String address = request.getRemoteAddr();
        if (address == null || !IP_LITERAL.matcher(address).matches()) {
            return false;
        }
        try {
            // a literal address: no lookup happens
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Optional.ofNullable(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** From the query string itself: getParameter could read a form body the handler needs. */
    private static Optional<String> queryKey(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && PARAMETER.equals(pair.substring(0, equals))) {
                return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static String withoutKey(HttpServletRequest request) {
        StringBuilder rest = new StringBuilder();
        for (String pair : request.getQueryString().split("&")) {
            if (!pair.startsWith(PARAMETER + "=") && !pair.isEmpty()) {
                rest.append(rest.isEmpty() ? "?" : "&").append(pair);
            }
        }
        String path = request.getRequestURI();
        return (path.equals("/") || path.isEmpty() ? request.getContextPath() + "/playground" : path) + rest;
    }
}
