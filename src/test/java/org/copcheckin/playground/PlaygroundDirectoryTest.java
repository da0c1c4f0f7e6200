package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The playground's personas come with organisations and regions, and the directory answers from them. */
@PlaygroundHttpTest
class PlaygroundDirectoryTest {

    @LocalServerPort
    int port;

    private PlaygroundClient client() {
        return new PlaygroundClient(port);
    }

    private String answer(String as, String text) {
        client().command(as, text);
        return client().newestAnswer(as).get("html").asString();
    }

    @Test
    void personasHaveOrganisationsAndRegionsFilledIn() {
        JsonNode personas = client().state("fran").get("personas");
        assertThat(personas.get(1).get("organisation").asString()).isEqualTo("Eastside Family Shelter");
        assertThat(personas.get(1).get("region").asString()).isEqualTo("East County");
        assertThat(personas.get(3).get("region").asString()).isEqualTo("North Valley");
        assertThat(client().get("/playground?as=ana").body()).contains("Partner directory", "Find partners",
                "partner-form", "csv-file");
    }

    @Test
    void theDirectoryAnswersWithCountsAndNamesOnlyListedMembers() {
        String housing = answer("ben", "/cop partners housing East County");
        assertThat(housing).contains("Eastside Family Shelter").contains("County 211 Helpline")
                .contains("Dial 211").doesNotContain("Harbor Housing Trust");
        // Ana chose to be listed: she is named; Ben, who is not, is never named
        assertThat(housing).contains("1 member here");
        // Dee describes her organisation again: another test in this shared context has her forget herself
        client().command("dee", "/cop profile org Valley Food Network");
        client().command("dee", "/cop profile region North Valley");
        client().command("dee", "/cop profile offers transportation");
        assertThat(answer("dee", "/cop partners transport")).contains("Eastside Unified Schools")
                .contains("Valley Food Network").doesNotContain("Ben");
    }

    @Test
    void aFacilitatorImportsAPastedCsvAndBadLinesAreReportedByNumber() {
        String answer = answer("fran", "/cop partners import name,region,services,contact\n"
                + "Lakeside Pantry,North Valley,food,(555) 010-7700\n"
                + "Broken,North Valley\n");
        assertThat(answer).contains("Imported 1 organisation").contains("line 3");
        assertThat(answer("chen", "/cop partners food North Valley")).contains("Lakeside Pantry");
    }

    @Test
    void anEcoMapRoundMakesOneGroupPerRegionWithTheExerciseAndTheAddButton() {
        String answer = answer("fran", "/cop pair ecomap");
        assertThat(answer).contains("Eco-map round #").contains("Introduced 2 of 2 groups");

        JsonNode ecoMap = null;
        for (JsonNode conversation : client().state("ana").get("conversations")) {
            for (JsonNode item : conversation.get("items")) {
                if (item.get("html").asString().contains("eco-map")) {
                    ecoMap = item;
                }
            }
        }
        assertThat(ecoMap).as("Ana's eco-map conversation").isNotNull();
        assertThat(ecoMap.get("html").asString()).contains("East County").contains("Find the gaps");
        assertThat(ecoMap.get("buttons").toString()).contains("directory.add").contains("East County");
        // Ana's group is her region's: Fran and Ben, of two other organisations
        JsonNode conversation = null;
        for (JsonNode c : client().state("ana").get("conversations")) {
            if (c.get("items").toString().contains("eco-map")) {
                conversation = c;
            }
        }
        assertThat(conversation.get("title").asString()).contains("Fran").contains("Ben").doesNotContain("Chen");
    }
}
