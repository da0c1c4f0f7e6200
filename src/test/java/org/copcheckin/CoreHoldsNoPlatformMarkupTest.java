package org.copcheckin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The core writes no platform mention markup: a member named in a message is a neutral mention of a
 * {@code MemberRef} that each adapter renders ({@code <@U123>} on Slack and Discord, the name in the playground).
 */
class CoreHoldsNoPlatformMarkupTest {

    private static final Path SOURCES = Path.of("src/main/java/org/copcheckin");
    private static final List<String> ADAPTERS = List.of("slack", "discord", "playground");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    @Test
    void noCoreSourceWritesAPlatformMention() throws IOException {
        List<Path> core;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            core = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !ADAPTERS.contains(SOURCES.relativize(file).getName(0).toString())).toList();
        }
        assertThat(core).hasSizeGreaterThan(100);
        assertThat(core).allSatisfy(file -> assertThat(COMMENTS.matcher(Files.readString(file)).replaceAll(""))
                .as("%s writes platform mention markup", file).doesNotContain("<@"));
    }
}
