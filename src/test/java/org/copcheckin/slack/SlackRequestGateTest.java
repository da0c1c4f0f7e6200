package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.Test;

/** The checks in front of Bolt, with a clock the tests move. */
class SlackRequestGateTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private final SlackRequestGate gate = new SlackRequestGate(SignedSlack.SECRET, clock, Duration.ofSeconds(10));

    @Test
    void aCorrectlySignedBodyIsAcceptedByteForByteEvenWithCharactersOutsideAscii() throws Exception {
        String body = "{\"text\":\"Café, naïve, 日本\"}";
        String ts = ts(NOW);

        SlackRequestGate.Verdict verdict = gate.check(ts, SignedSlack.signature(SignedSlack.SECRET, ts, body), -1,
                stream(body));

        assertThat(verdict).isInstanceOfSatisfying(SlackRequestGate.Verdict.Accepted.class, accepted ->
                assertThat(new String(accepted.body(), StandardCharsets.UTF_8)).isEqualTo(body));
    }

    @Test
    void aBodyOfItsDeclaredLengthIsAcceptedWhateverSizesItArrivesIn() throws Exception {
        String body = "{\"event\":{\"text\":\"Café\"},\"pad\":\"" + "x".repeat(20_000) + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = ts(NOW);
        // a few bytes per read, as a slow network delivers them
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };

        SlackRequestGate.Verdict verdict = gate.check(ts, SignedSlack.signature(SignedSlack.SECRET, ts, body),
                bytes.length, trickle);

        assertThat(verdict).isInstanceOfSatisfying(SlackRequestGate.Verdict.Accepted.class, accepted ->
                assertThat(accepted.body()).isEqualTo(bytes));
    }

    @Test
    void aBodyThatEndsBeforeItsDeclaredLengthIsRefused() throws Exception {
        String body = "{\"type\":\"event_callback\"}";
        String ts = ts(NOW);
        int declared = body.getBytes(StandardCharsets.UTF_8).length;
        String cut = body.substring(0, body.length() - 3);
        assertThat(gate.check(ts, SignedSlack.signature(SignedSlack.SECRET, ts, body), declared, stream(cut)))
                .isEqualTo(new SlackRequestGate.Verdict.Refused(401));
        assertThat(gate.check(ts, SignedSlack.signature(SignedSlack.SECRET, ts, cut), declared, stream(cut)))
                .as("the bytes that did come, signed as they are, are a whole request")
                .isInstanceOf(SlackRequestGate.Verdict.Accepted.class);
    }

    @Test
    void aSignatureOverAnotherBodyIsRefused() throws Exception {
        String ts = ts(NOW);
        assertThat(gate.check(ts, SignedSlack.signature(SignedSlack.SECRET, ts, "{}"), -1, stream("{\"x\":1}")))
                .isEqualTo(new SlackRequestGate.Verdict.Refused(401));
    }

    @Test
    void aTimestampSixMinutesInTheFutureIsAsStaleAsOneSixMinutesOld() throws Exception {
        for (Instant when : new Instant[] {NOW.plusSeconds(360), NOW.minusSeconds(360)}) {
            String ts = ts(when);
            assertThat(gate.check(ts, SignedSlack.signature(SignedSlack.SECRET, ts, "{}"), 2, unread()))
                    .isEqualTo(new SlackRequestGate.Verdict.Refused(401));
        }
        String edge = ts(NOW.plusSeconds(299));
        assertThat(gate.check(edge, SignedSlack.signature(SignedSlack.SECRET, edge, "{}"), 2, stream("{}")))
                .isInstanceOf(SlackRequestGate.Verdict.Accepted.class);
    }

    @Test
    void missingOrMalformedSignatureHeadersAreRefusedBeforeTheBodyIsRead() throws Exception {
        String ts = ts(NOW);
        assertThat(gate.check(null, "v0=" + "a".repeat(64), 2, unread())).isEqualTo(new SlackRequestGate.Verdict.Refused(401));
        assertThat(gate.check("12ab", "v0=" + "a".repeat(64), 2, unread())).isEqualTo(new SlackRequestGate.Verdict.Refused(401));
        assertThat(gate.check(ts, null, 2, unread())).isEqualTo(new SlackRequestGate.Verdict.Refused(401));
        assertThat(gate.check(ts, "v1=" + "a".repeat(64), 2, unread())).isEqualTo(new SlackRequestGate.Verdict.Refused(401));
    }

    @Test
    void aDeclaredLengthOverOneMegabyteIsRefusedWithoutReadingTheBody() throws Exception {
        String ts = ts(NOW);
        assertThat(gate.check(ts, "v0=" + "a".repeat(64), SlackRequestGate.MAX_BODY_BYTES + 1L, unread()))
                .isEqualTo(new SlackRequestGate.Verdict.Refused(413));
    }

    @Test
    void anUndeclaredBodyIsCutOffJustPastOneMegabyte() throws Exception {
        String ts = ts(NOW);
        CountingZeros endless = new CountingZeros(clock, Duration.ZERO);

        assertThat(gate.check(ts, "v0=" + "a".repeat(64), -1, endless)).isEqualTo(new SlackRequestGate.Verdict.Refused(413));
        assertThat(endless.served).isLessThan(SlackRequestGate.MAX_BODY_BYTES + 16_384L);
    }

    @Test
    void aBodyThatDripsInSlowerThanTheDeadlineIsRefusedWith408() throws Exception {
        String ts = ts(NOW);
        CountingZeros drip = new CountingZeros(clock, Duration.ofSeconds(1));

        assertThat(gate.check(ts, "v0=" + "a".repeat(64), 1000, drip)).isEqualTo(new SlackRequestGate.Verdict.Refused(408));
        assertThat(drip.served).isLessThanOrEqualTo(11);
    }

    @Test
    void aReadTheServerTimesOutIsRefusedWith408AndAnyOtherReadFailureIsPassedOn() throws Exception {
        String ts = ts(NOW);
        InputStream stalled = new InputStream() {
            @Override
            public int read() throws IOException {
                // as Tomcat reports a read timeout to a servlet: its own IOException around the socket's
                throw new IOException(new SocketTimeoutException("read timed out"));
            }
        };
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThat(gate.check(ts, "v0=" + "a".repeat(64), 500, stalled)).isEqualTo(new SlackRequestGate.Verdict.Refused(408));
        assertThatThrownBy(() -> gate.check(ts, "v0=" + "a".repeat(64), 500, broken))
                .isInstanceOf(IOException.class).hasMessage("connection reset");
    }

    private static String ts(Instant when) {
        return Long.toString(when.getEpochSecond());
    }

    private static InputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream unread() {
        return new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };
    }

    /** Serves zeros without end, one byte per read, moving the clock by {@code perRead} each time. */
    private static final class CountingZeros extends InputStream {
        private final MutableClock clock;
        private final Duration perRead;
        long served;

        CountingZeros(MutableClock clock, Duration perRead) {
            this.clock = clock;
            this.perRead = perRead;
        }

        @Override
        public int read() {
            served++;
            clock.advance(perRead);
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (perRead.isZero()) {
                served += len;
                return len;
            }
            b[off] = (byte) read();
            return 1;
        }
    }
}
