package org.copcheckin.insights;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Privacy rule 4 names the readers of the raw, pseudonymous trend rows: {@link PublishedTrends} (which turns a
 * week into k-anonymous cells) and {@link PrivateThemeNotes} (one check-in's own private replies, themes at least k
 * gave). A new reader must be added here on purpose, after a privacy review, not by accident.
 */
class TrendReadersTest {

    private static final Pattern RAW_TABLES = Pattern.compile("\\btrend_(reply|reaction|mention)\\b");

    @Test
    void onlyTheTrendStoreAndThePrivateThemeNoteHoldSqlOnTheRawTrendTables() throws IOException {
        Path sources = Path.of("src/main/java");
        List<String> users;
        try (Stream<Path> files = Files.walk(sources)) {
            users = files.filter(file -> file.toString().endsWith(".java")).filter(file -> {
                try {
                    return RAW_TABLES.matcher(Files.readString(file)).find();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(file -> file.getFileName().toString()).sorted().toList();
        }
        assertThat(users).containsExactly("PrivateThemeNotes.java", "TrendStore.java");
    }

    @Test
    void onlyPublishedTrendsReadsAWeeksRawRows() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.copcheckin");
        noClasses().that().doNotHaveFullyQualifiedName(PublishedTrends.class.getName())
                .and().doNotHaveFullyQualifiedName(TrendStore.class.getName())
                .should().callMethod(TrendStore.class, "raw", long.class, java.time.LocalDate.class)
                .because("privacy rule 4: only PublishedTrends turns raw rows into k-anonymous cells")
                .check(classes);
    }
}
