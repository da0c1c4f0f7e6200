package org.copcheckin.slack;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What {@code /slack/events} checks before Bolt sees a request, cheapest first: the signature headers (a
 * timestamp within five minutes either way, a well-formed {@code v0=} signature), then the declared length, then
 * the body itself, read with a cap and a deadline, then the HMAC over its raw bytes, compared in constant time.
 * A forged or oversized request costs no more than its headers; a slow drip is cut off at the deadline.
 */
final class SlackRequestGate {

    static final int MAX_BODY_BYTES = 1024 * 1024;
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int SIGNATURE_LENGTH = "v0=".length() + 64;

    private final byte[] secret;
    private final Clock clock;
    private final Duration bodyTimeout;

    SlackRequestGate(String signingSecret, Clock clock, Duration bodyTimeout) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.bodyTimeout = bodyTimeout;
    }

    sealed interface Verdict {
        record Accepted(byte[] body) implements Verdict { }
        record Refused(int status) implements Verdict { }
    }

    /** Checks a request from its headers and body stream; the stream is read only once the headers pass. */
    Verdict check(String timestamp, String signature, long declaredLength, InputStream body) throws IOException {
        if (!fresh(timestamp) || signature == null || signature.length() != SIGNATURE_LENGTH
                || !signature.startsWith("v0=")) {
            return new Verdict.Refused(401);
        }
        if (declaredLength > MAX_BODY_BYTES) {
            return new Verdict.Refused(413);
        }
        Verdict read = read(body, declaredLength);
        if (!(read instanceof Verdict.Accepted accepted)) {
            return read;
        }
        byte[] expected = signature(secret, timestamp, accepted.body()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))
                ? accepted : new Verdict.Refused(401);
    }

    /**
     * The body within the deadline: exactly the declared length when there is one (what Slack sends; the server
     * ends the stream there), otherwise (chunked) up to {@link #MAX_BODY_BYTES}, and refused if more comes. The
     * array grows as the bytes arrive.
     */
    private Verdict read(InputStream body, long declaredLength) throws IOException {
        boolean declared = declaredLength >= 0;
        int cap = declared ? (int) declaredLength : MAX_BODY_BYTES;
        // no more than 16 KB before the bytes come: a declared megabyte costs its memory only once it is sent
        byte[] bytes = new byte[Math.min(cap, 16 * 1024)];
        int size = 0;
        Instant deadline = clock.instant().plus(bodyTimeout);
        while (true) {
            if (size == bytes.length) {
                if (size == cap) {
                    return declared || body.read() == -1 ? new Verdict.Accepted(bytes) : new Verdict.Refused(413);
                }
                bytes = Arrays.copyOf(bytes, Math.min(cap, size * 2));
            }
            int read;
            try {
                read = body.read(bytes, size, bytes.length - size);
            } catch (IOException e) {
                // the server's read timeout (server.tomcat.connection-timeout) ended a read the client stalled
                if (timedOut(e)) {
                    return new Verdict.Refused(408);
                }
                throw e;
            }
            if (read == -1) {
                return new Verdict.Accepted(Arrays.copyOf(bytes, size));
            }
            size += read;
            if (clock.instant().isAfter(deadline)) {
                return new Verdict.Refused(408);
            }
        }
    }

    /** Whether a read failed because no byte came within the read timeout (Tomcat wraps it in its own exception). */
    private static boolean timedOut(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private boolean fresh(String timestamp) {
        if (timestamp == null || timestamp.isEmpty() || timestamp.length() > 12 || !timestamp.chars().allMatch(Character::isDigit)) {
            return false;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), clock.instant()).abs();
        return age.compareTo(WINDOW) <= 0;
    }

    /** Slack's signature of a request: {@code v0=} and the hex HMAC-SHA256 of {@code v0:<timestamp>:<raw body>}. */
    static String signature(byte[] secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
