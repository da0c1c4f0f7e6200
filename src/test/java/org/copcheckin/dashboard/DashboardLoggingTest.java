package org.copcheckin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.adminCommand;
import static org.copcheckin.support.Fixtures.channel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copcheckin.commands.CommandHandler;
import org.copcheckin.community.Communities;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.support.CoreTestConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * DEBUG on everywhere, the web server and Spring MVC included: a dashboard link is made, opened, opened altered and
 * opened with another community's id, and its signed token reaches no log line of the app.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.root=DEBUG",
        "logging.level.org.copcheckin=DEBUG",
        "logging.level.org.springframework.web=TRACE",
        "logging.level.org.apache.tomcat=DEBUG",
        "logging.level.org.apache.coyote=DEBUG",
        "logging.level.org.apache.catalina=DEBUG",
        // the test's own browser (HtmlUnit and its HTTP client) is not the app and logs the addresses it opens
        "logging.level.org.htmlunit=INFO",
        "logging.level.org.apache.http=INFO"})
@ActiveProfiles("test")
@Import(CoreTestConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class DashboardLoggingTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandHandler commands;
    @Autowired
    Communities communities;

    @Test
    void withDebugLoggingEverywhereTheSignedTokenIsNeverLogged(CapturedOutput output) {
        ChannelRef channel = channel("C-DASHBOARD-LOGS");
        communities.findOrCreate(channel);
        String answer = commands.handle(adminCommand(channel, "U-ADMIN", "dashboard")).plainText();
        Matcher link = Pattern.compile("https?://\\S+/dashboard/(\\d+)\\?t=(\\S+)").matcher(answer);
        assertThat(link.find()).as(answer).isTrue();
        String token = link.group(2);
        String signature = token.substring(token.lastIndexOf('.') + 1);

        try (DashboardPages pages = new DashboardPages(port)) {
            assertThat(pages.open(link.group()).getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(pages.open(link.group().replace("/dashboard/" + link.group(1) + "?",
                    "/dashboard/" + (Long.parseLong(link.group(1)) + 1) + "?")).getWebResponse().getStatusCode())
                    .isEqualTo(403);
            assertThat(pages.open(link.group() + "x").getWebResponse().getStatusCode()).isEqualTo(403);
        }

        assertThat(output.getAll()).contains("DEBUG").doesNotContain(signature).doesNotContain("?t=v1.");
    }
}
