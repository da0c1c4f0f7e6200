package org.copcheckin.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class PartnerCsvTest {

    private static final Set<String> KNOWN = Set.of("housing", "food", "transport", "diapers");
    private static final Function<String, Optional<String>> SERVICES = word -> KNOWN.contains(word.toLowerCase())
            ? Optional.of(word.toLowerCase()) : Optional.empty();

    @Test
    void aSpreadsheetExportIsReadWithQuotedCellsAnyColumnOrderAndIgnoredColumns() {
        PartnerCsv.Parsed parsed = PartnerCsv.parse("""
                Organisation,Services,Region,Contact,Notes
                Eastside Family Shelter,"housing, food",East County,"(555) 010-2000, intake Mon-Fri",internal
                Westside Food Bank,food;transport,West End,https://westside.example.org,
                """, SERVICES);

        assertThat(parsed.missingColumns()).isEmpty();
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.ignoredColumns()).containsExactly("Notes");
        assertThat(parsed.rows()).extracting(PartnerCsv.Row::line).containsExactly(2, 3);
        Organisation shelter = parsed.rows().get(0).organisation();
        assertThat(shelter.name()).isEqualTo("Eastside Family Shelter");
        assertThat(shelter.region()).contains("East County");
        assertThat(shelter.services()).containsExactly("housing", "food");
        assertThat(shelter.contact()).contains("(555) 010-2000, intake Mon-Fri");
        assertThat(parsed.rows().get(1).organisation().services()).containsExactly("food", "transport");
    }

    @Test
    void badRowsAreReportedByLineNumberAndTheGoodOnesKept() {
        String longRegion = "r".repeat(65);
        PartnerCsv.Parsed parsed = PartnerCsv.parse("""
                name,region,services,contact
                Good One,East County,housing,555-0100
                Short Row,East County
                Unknown Theme,East County,housing; teleportation,555-0101

                Far Away,%s,food,555-0102
                Good One,West End,food,555-0103
                ,East County,food,555-0104
                Good Two,West End,diapers,555-0105
                """.formatted(longRegion), SERVICES);

        assertThat(parsed.rows()).extracting(row -> row.organisation().name()).containsExactly("Good One", "Good Two");
        assertThat(parsed.problems()).extracting(PartnerCsv.Problem::line).containsExactly(3, 4, 6, 7, 8);
        assertThat(parsed.problems().get(0).reason()).contains("2 of the 4 columns");
        assertThat(parsed.problems().get(1).reason()).contains("*teleportation* is not a theme");
        assertThat(parsed.problems().get(2).reason()).contains("at most 64 characters");
        assertThat(parsed.problems().get(3).reason()).contains("already on line 2");
        assertThat(parsed.problems().get(4).reason()).contains("needs a name");
    }

    @Test
    void aHeaderWithoutAColumnRefusesTheWholeFileAndNamesWhatIsMissing() {
        PartnerCsv.Parsed parsed = PartnerCsv.parse("name,services\nGood One,housing\n", SERVICES);

        assertThat(parsed.missingColumns()).containsExactly("region", "contact");
        assertThat(parsed.rows()).isEmpty();
        assertThat(PartnerCsv.parse("   ", SERVICES).missingColumns()).hasSize(4);
    }

    @Test
    void oneLineTextSeparatesRowsWithDoubleBarsAndAQuotedCellMayHoldALineBreak() {
        PartnerCsv.Parsed oneLine = PartnerCsv.parse("name,region,services,contact || A,East,food,1 || B,West,housing,2",
                SERVICES);
        assertThat(oneLine.rows()).extracting(PartnerCsv.Row::line).containsExactly(2, 3);

        PartnerCsv.Parsed multi = PartnerCsv.parse("name,region,services,contact\nA,East,food,\"line one\nline two\"\n"
                + "B,West,nothing,2\n", SERVICES);
        assertThat(multi.rows()).singleElement().satisfies(row -> assertThat(row.organisation().contact())
                .contains("line one\nline two"));
        assertThat(multi.problems()).singleElement().satisfies(problem -> assertThat(problem.line()).isEqualTo(4));
    }

    @Test
    void mentionsAreNeverStoredAsAContactOrAName() {
        PartnerCsv.Parsed parsed = PartnerCsv.parse("name,region,services,contact\nA,East,food,ask <@U123>\n"
                + "<@U9>,East,food,1\n", SERVICES);
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).extracting(PartnerCsv.Problem::line).isEqualTo(List.of(2, 3));
    }
}
