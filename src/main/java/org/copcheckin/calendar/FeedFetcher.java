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
                        throw new FeedProblem("the feed's server redirected without a usable address");
                    }
                    if (hop + 1 > MAX_REDIRECTS) {
                        throw new FeedProblem("the feed redirected more than " + MAX_REDIRECTS + " times");
                    }
                    url = checked(next);
                    continue;
                }
                if (!response.isSuccessful()) {
                    throw new FeedProblem("the feed's server answered " + response.code()
                            + (response.code() == 404 ? " (not found): check the address" : ""));
                }
                return body(response);
            } catch (InterruptedIOException e) {
                throw new FeedProblem("the feed did not answer within " + properties.timeout().toSeconds() + " seconds");
            } catch (UnknownHostException e) {
                throw new FeedProblem(e.getMessage() != null && e.getMessage().startsWith(NOT_PUBLIC)
                        ? e.getMessage() : "the feed's server could not be found: check the address");
            } catch (javax.net.ssl.SSLException e) {
                throw new FeedProblem("the feed's server did not offer a valid https certificate");
            } catch (IOException e) {
                throw new FeedProblem("the feed's server could not be reached (" + e.getClass().getSimpleName() + ")");
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
                throw new FeedProblem("the address holds a user name or password: use the feed's public address");
            }
        } catch (URISyntaxException e) {
            throw new FeedProblem("`" + shortened(text) + "` is not a web address");
        }
        HttpUrl url = HttpUrl.parse(text);
        if (url == null) {
            throw new FeedProblem("`" + shortened(text) + "` is not a web address: give the feed's https:// address");
        }
        return url;
    }

    /** The scheme and, for an address written as numbers, the address itself (names are checked on lookup). */
    private HttpUrl checked(HttpUrl url) throws FeedProblem {
        boolean loopbackHost = url.host().equals("localhost") || url.host().equals("127.0.0.1")
                || url.host().equals("::1");
        if (!url.isHttps() && !(properties.allowLoopbackHttp() && loopbackHost)) {
            throw new FeedProblem("only https:// feeds are read (webcal:// is read as https://)");
        }
        if (IP_LITERAL.matcher(url.host()).matches()) {
            try {
                allowed(InetAddress.getByName(url.host()));
            } catch (UnknownHostException e) {
                throw new FeedProblem(e.getMessage());
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
            throw new FeedProblem("that address gives a web page, not a calendar feed: use the calendar's iCal "
                    + "(.ics) link");
        }
        if (body.contentLength() > properties.maxFeedBytes()) {
            throw new FeedProblem(tooLarge());
        }
        byte[] bytes;
        try (InputStream in = body.byteStream()) {
            bytes = in.readNBytes(properties.maxFeedBytes() + 1);
        }
        if (bytes.length > properties.maxFeedBytes()) {
            throw new FeedProblem(tooLarge());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
            throw new FeedProblem("the file is not an iCalendar feed (it does not start with BEGIN:VCALENDAR)");
        }
        return text;
    }

    private String tooLarge() {
        return "the feed is larger than " + (properties.maxFeedBytes() / 1024) + " KiB, more than a school "
                + "calendar needs";
    }

    private static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
