package org.copcheckin.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.copcheckin.calendar.CalendarFixtures.FeedServer;
import org.copcheckin.calendar.CalendarFixtures.FeedServer.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fetch a facilitator's address triggers: a feed served by a local HTTP server is read; anything that is not a
 * public https calendar of reasonable size is refused with the reason, before or instead of being read.
 */
class FeedFetcherTest {

    private final FeedServer server = new FeedServer();
    /** As in tests: loopback http allowed, so the local server can be reached; nothing else private. */
    private final FeedFetcher fetcher = new FeedFetcher(new CalendarProperties(4096, Duration.ofSeconds(2), true));
    /** As deployed. */
    private final FeedFetcher deployed = new FeedFetcher(new CalendarProperties(null, null, false));

    FeedFetcherTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFeedIsReadAndARedirectToAnotherPublicPathIsFollowed() throws FeedProblem {
        server.answer("/district.ics", Answer.ics(CalendarFixtures.DISTRICT))
                .answer("/old.ics", Answer.redirect("/district.ics"));
        assertThat(fetcher.fetch(server.url("/district.ics"))).startsWith("BEGIN:VCALENDAR");
        assertThat(fetcher.fetch(server.url("/old.ics"))).contains("Winter Break");
    }

    @Test
    void asDeployedOnlyHttpsIsReadAndNoLoopbackOrPrivateAddressIsReached() {
        assertThatThrownBy(() -> deployed.fetch(server.url("/district.ics"))).hasMessageContaining("only https://");
        assertThatThrownBy(() -> deployed.fetch("https://127.0.0.1/district.ics")).hasMessageContaining("not a public");
        assertThatThrownBy(() -> deployed.fetch("https://localhost/district.ics")).hasMessageContaining("not a public");
        assertThatThrownBy(() -> deployed.fetch("https://[::ffff:10.0.0.7]/x.ics")).hasMessageContaining("not a public");
        assertThatThrownBy(() -> deployed.fetch("https://169.254.169.254/latest/meta-data"))
                .hasMessageContaining("not a public");
        assertThatThrownBy(() -> deployed.fetch("ftp://example.org/x.ics")).hasMessageContaining("not a web address");
        assertThatThrownBy(() -> deployed.fetch("https://user:pw@example.org/x.ics")).hasMessageContaining("password");
    }

    @Test
    void aRedirectToACloudMetadataOrPrivateAddressIsRefused() {
        server.answer("/meta.ics", Answer.redirect("http://169.254.169.254/latest/meta-data/"))
                .answer("/lan.ics", Answer.redirect("https://10.1.2.3/calendar.ics"))
                .answer("/https-to-http.ics", Answer.redirect("http://example.org/calendar.ics"));
        assertThatThrownBy(() -> fetcher.fetch(server.url("/meta.ics"))).hasMessageContaining("only https://");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/lan.ics"))).hasMessageContaining("not a public");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/https-to-http.ics"))).hasMessageContaining("only https://");
    }

    @Test
    void endlessRedirectsStop() {
        server.answer("/a", Answer.redirect("/b")).answer("/b", Answer.redirect("/a"));
        assertThatThrownBy(() -> fetcher.fetch(server.url("/a"))).hasMessage("the feed redirected more than 3 times");
    }

    @Test
    void aWebPageAMissingFeedAFileThatIsNotACalendarAndATooLargeFeedAreRefused() {
        server.answer("/page", new Answer(200, "text/html", "<html>calendar</html>".getBytes(StandardCharsets.UTF_8), null))
                .answer("/text", new Answer(200, "text/plain", "hello".getBytes(StandardCharsets.UTF_8), null))
                .answer("/big.ics", Answer.ics("BEGIN:VCALENDAR\r\n" + "X-PAD:" + "x".repeat(5000) + "\r\n"));
        assertThatThrownBy(() -> fetcher.fetch(server.url("/page"))).hasMessageContaining("web page");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/missing.ics"))).hasMessageContaining("answered 404");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/text"))).hasMessageContaining("not an iCalendar feed");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/big.ics"))).hasMessageContaining("larger than 4 KiB");
    }

    @Test
    void aFeedThatDoesNotAnswerInTimeIsGivenUp() {
        CountDownLatch released = new CountDownLatch(1);
        server.handler("/slow.ics", exchange -> {
            try {
                released.await(10, TimeUnit.SECONDS); // holds the answer until the test is over
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        FeedFetcher quick = new FeedFetcher(new CalendarProperties(4096, Duration.ofMillis(300), true));
        try {
            assertThatThrownBy(() -> quick.fetch(server.url("/slow.ics"))).hasMessageContaining("did not answer");
        } finally {
            released.countDown();
        }
    }
}
