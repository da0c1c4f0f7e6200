package org.copcheckin;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

class LibraryLogLevelsTest {

    private final LoggerContext context = new LoggerContext();
    private final LibraryLogLevels.NoPayloadDebug filter = new LibraryLogLevels.NoPayloadDebug();

    @Test
    void theChatLibrariesDebugAndTraceAreDroppedWhateverTheirConfiguredLevel() {
        for (String name : new String[] {"com.slack.api.bolt.App", "net.dv8tion.jda.internal.requests.Requester",
                "com.slack"}) {
            context.getLogger(name).setLevel(Level.TRACE);
            assertThat(filter.decide(null, context.getLogger(name), Level.DEBUG, "x", null, null)).isEqualTo(FilterReply.DENY);
            assertThat(filter.decide(null, context.getLogger(name), Level.TRACE, "x", null, null)).isEqualTo(FilterReply.DENY);
            assertThat(filter.decide(null, context.getLogger(name), Level.INFO, "x", null, null)).isEqualTo(FilterReply.NEUTRAL);
        }
    }

    @Test
    void otherLoggersAndLookalikeNamesAreLeftAlone() {
        assertThat(filter.decide(null, context.getLogger("org.copcheckin.slack"), Level.DEBUG, "x", null, null))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, context.getLogger("com.slacker"), Level.DEBUG, "x", null, null))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void boltsParserWhichQuotesABodyItCannotPlaceIsHeardOnlyAtError() {
        Logger parser = context.getLogger("com.slack.api.bolt.util.SlackRequestParser");
        assertThat(filter.decide(null, parser, Level.WARN, "No request pattern detected for {}", null, null))
                .isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(null, parser, Level.INFO, "x", null, null)).isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(null, parser, Level.ERROR, "x", null, null)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, context.getLogger("com.slack.api.bolt.App"), Level.WARN, "x", null, null))
                .isEqualTo(FilterReply.NEUTRAL);
    }
}
