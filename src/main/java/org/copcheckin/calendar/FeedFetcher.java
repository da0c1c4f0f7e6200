package org.copcheckin.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.springframework.stereotype.Component;

/**
 * Fetches a calendar feed a facilitator named, safely: https only ({@code webcal://} is read as https), public
 * addresses only (checked on the addresses actually connected to, so a name that resolves differently on the
 * second look cannot reach inside), at most {@value #MAX_REDIRECTS} redirects each checked again, a size cap, a
 * timeout over the whole fetch, and a body that must be an iCalendar file. No proxy: a proxy would resolve the name
 * itself, out of our reach.
 */
@Component
class FeedFetcher {

    static final int MAX_REDIRECTS = 3;
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|.*:.*");

    private final CalendarProperties properties;
    private final OkHttpClient client;

    FeedFetcher(CalendarProperties properties) {
        this.properties = properties;
        this.client = new OkHttpClient.Builder().dns(this::lookup).proxy(Proxy.NO_PROXY)
                .followRedirects(false).followSslRedirects(false).retryOnConnectionFailure(false)
                .connectTimeout(properties.timeout()).readTimeout(properties.timeout())
                .callTimeout(properties.timeout()).build();
    }

    /** The feed's text, or why it could not be read. */
    String fetch(String address) throws FeedProblem {
        HttpUrl url = checked(parse(address));
        for (int hop = 0; ; hop++) {
            Request request = new Request.Builder().url(url).header("Accept", "text/calendar, text/plain;q=0.5")
                    .header("User-Agent", "cop-checkin calendar import").get().build();
            try (Response response = client.newCall(request).execute()) {
                if (response.isRedirect()) {
                    String location = response.header("Location");
                    HttpUrl next = location == null ? null : url.resolve(location);
                    if (next == null) {
                        throw new FeedProblem("calendar.feed.redirect.unusable");
                    }
                    if (hop + 1 > MAX_REDIRECTS) {
                        throw new FeedProblem("calendar.feed.redirects", MAX_REDIRECTS);
                    }
                    url = checked(next);
                    continue;
                }
                if (!response.isSuccessful()) {
                    throw response.code() == 404 ? new FeedProblem("calendar.feed.not.found")
                            : new FeedProblem("calendar.feed.answered", response.code());
                }
                return body(response);
            } catch (InterruptedIOException e) {
                throw new FeedProblem("calendar.feed.timeout", properties.timeout().toSeconds());
            } catch (UnknownHostException e) {
                throw new FeedProblem(e.getMessage() != null && e.getMessage().startsWith(NOT_PUBLIC)
                        ? "calendar.feed.not.public" : "calendar.feed.unknown.host");
            } catch (javax.net.ssl.SSLException e) {
                throw new FeedProblem("calendar.feed.certificate");
            } catch (IOException e) {
                throw new FeedProblem("calendar.feed.unreachable", e.getClass().getSimpleName());
            }
        }
    }

    private static final String NOT_PUBLIC = "the feed's address is not a public one";

    private HttpUrl parse(String address) throws FeedProblem {
        String text = address == null ? "" : address.strip();
        if (text.startsWith("<") && text.endsWith(">")) {
            text = text.substring(1, text.length() - 1).split("\\|", 2)[0]; // Slack's <https://...|label>
        }
        if (text.regionMatches(true, 0, "webcal://", 0, 9)) {
            text = "https://" + text.substring(9);
        }
        try {
            URI uri = new URI(text);
            if (uri.getRawUserInfo() != null) {
                throw new FeedProblem("calendar.feed.password");
            }
        } catch (URISyntaxException e) {
            throw new FeedProblem("calendar.feed.not.address", shortened(text));
        }
        HttpUrl url = HttpUrl.parse(text);
        if (url == null) {
            throw new FeedProblem("calendar.feed.not.address.https", shortened(text));
        }
        return url;
    }

    /** The scheme and, for an address written as numbers, the address itself (names are checked on lookup). */
    private HttpUrl checked(HttpUrl url) throws FeedProblem {
        boolean loopbackHost = url.host().equals("localhost") || url.host().equals("127.0.0.1")
                || url.host().equals("::1");
        if (!url.isHttps() && !(properties.allowLoopbackHttp() && loopbackHost)) {
            throw new FeedProblem("calendar.feed.https.only");
        }
        if (IP_LITERAL.matcher(url.host()).matches()) {
            try {
                allowed(InetAddress.getByName(url.host()));
            } catch (UnknownHostException e) {
                throw new FeedProblem("calendar.feed.not.public");
            }
        }
        return url;
    }

    private List<InetAddress> lookup(String host) throws UnknownHostException {
        List<InetAddress> addresses = Dns.SYSTEM.lookup(host);
        for (InetAddress address : addresses) {
            allowed(address);
        }
        return addresses;
    }

    private void allowed(InetAddress address) throws UnknownHostException {
        if (PublicAddresses.isPublic(address) || (properties.allowLoopbackHttp() && address.isLoopbackAddress())) {
            return;
        }
        throw new UnknownHostException(NOT_PUBLIC + " (it leads to a private, loopback or link-local address)");
    }

    private String body(Response response) throws IOException, FeedProblem {
        ResponseBody body = response.body();
        String type = response.header("Content-Type", "").toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            throw new FeedProblem("calendar.feed.web.page");
        }
        if (body.contentLength() > properties.maxFeedBytes()) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = body.byteStream()) {
            bytes = in.readNBytes(properties.maxFeedBytes() + 1);
        }
        if (bytes.length > properties.maxFeedBytes()) {
            throw tooLarge();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
            throw new FeedProblem("calendar.feed.not.ical");
        }
        return text;
    }

    private FeedProblem tooLarge() {
        return new FeedProblem("calendar.feed.large", properties.maxFeedBytes() / 1024);
    }

    private static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
