package org.copcheckin.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.copcheckin.community.Language;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;
import org.junit.jupiter.api.Test;

/** Every row of the catalogue is complete: it has a usage line, its example parses back to it, and the README lists it. */
class CatalogueTest {

    private static final Catalogue CATALOGUE = CatalogueFixtures.withoutServices();

    @Test
    void everyRowHasAUsageLineAShortSummaryAndAnExampleThatParsesBackToIt() {
        for (Subcommand row : CATALOGUE.rows()) {
            assertThat(row.summary()).as(row.key()).isNotBlank();
            assertThat(row.usage()).as(row.key()).startsWith("`/cop " + row.path().get(0));
            String example = row.example().replaceAll("@\\w+", "<member:0>");
            TextParser.Parsed parsed = TextParser.parse(CATALOGUE, example,
                    List.of(new MemberRef(PlatformKind.SLACK, "T1", "U1")));
            assertThat(parsed).as(example).isInstanceOf(TextParser.Parsed.Found.class);
            TextParser.Parsed.Found found = (TextParser.Parsed.Found) parsed;
            assertThat(found.subcommand()).as(example).isSameAs(row);
            assertThat(Binding.bind(row, found.raw())).as(example).isInstanceOf(Binding.Result.Bound.class);
        }
    }

    @Test
    void theSettingsLineOfHelpNamesWhatSettingsShows() {
        Subcommand show = CATALOGUE.rows().stream().filter(row -> row.key().equals("settings show")).findFirst()
                .orElseThrow();
        assertThat(show.summary(Language.EN)).contains("zone", "language", "k", "pairing", "nudges", "safeguarding",
                "feelings", "reminders").hasSizeLessThanOrEqualTo(100);
        assertThat(show.summary(Language.FR)).contains("langue", "protection", "émotions", "rappels")
                .hasSizeLessThanOrEqualTo(100);
        assertThat(show.summary(Language.ES)).contains("idioma", "protección", "sentimientos", "recordatorios")
                .hasSizeLessThanOrEqualTo(100);
    }

    @Test
    void helpKeepsEachGroupsLinesTogetherSoForgetMeNoLongerSplitsTheProfileLines() {
        String help = String.join("\n", Help.message(CATALOGUE, false, Language.EN).paragraphs());
        List<String> groups = help.lines().filter(line -> line.startsWith("• `/cop "))
                .map(line -> line.substring("• `/cop ".length()).split("[ `]")[0]).toList();
        List<String> runs = new ArrayList<>();
        groups.forEach(group -> {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(group)) {
                runs.add(group);
            }
        });
        assertThat(runs).as(help).doesNotHaveDuplicates().contains("profile", "forget-me");
        assertThat(help.indexOf("/cop forget-me")).isGreaterThan(help.lastIndexOf("/cop profile"));
    }

    @Test
    void everyRowBelongsToAGroupAndEveryGroupHasRows() {
        List<String> groups = CATALOGUE.groups().stream().map(Catalogue.Group::name).toList();
        assertThat(CATALOGUE.rows()).allSatisfy(row -> assertThat(groups).contains(row.group()));
        assertThat(groups).allSatisfy(group -> assertThat(CATALOGUE.inGroup(group)).isNotEmpty());
    }

    @Test
    void theReadmeCommandTableIsTheCatalogues() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).as("README.md's command table; expected:\n" + CommandTable.markdown(CATALOGUE))
                .contains(CommandTable.markdown(CATALOGUE));
    }

    @Test
    void thePlaygroundOffersEveryExample() {
        List<String> examples = new ArrayList<>(CommandTable.examples(CATALOGUE));
        assertThat(examples).contains("/cop prompt word", "/cop settings zone America/Los_Angeles")
                .doesNotHaveDuplicates();
        assertThat(examples.stream().collect(Collectors.joining())).doesNotContain("@dana");
    }
}
