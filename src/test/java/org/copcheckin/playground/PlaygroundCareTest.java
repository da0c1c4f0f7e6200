package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Care in the playground: a reply with a name and a phone number earns its author one private nudge per check-in,
 * and with safeguarding turned on a reply with a crisis signal reaches Fran as a private alert that carries the
 * protocol and never the reply's words, which reach neither the database nor the logs.
 */
@PlaygroundHttpTest
@ExtendWith(OutputCaptureExtension.class)
class PlaygroundCareTest {

    private static final String EXPOSING = "worried about Tran again, call 206-555-0199";
    private static final String CRISIS = "a student told me her stepdad hits her and she is scared to go home";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReplyWithANameAndAPhoneNumberEarnsOneNudgeNamingTheKindsOnly() {
        PlaygroundClient client = new PlaygroundClient(port);
        client.command("fran", "/cop settings nudges on");
        client.command("fran", "/cop prompt challenge");
        String threadId = client.newestInChannel("fran").get("threadId").asString();

        assertThat(client.reply("chen", threadId, EXPOSING).get("outcome").asString()).isEqualTo("RECORDED");
        await().atMost(Duration.ofSeconds(10)).until(() -> nudges(client, "chen").size() == 1);
        String nudge = nudges(client, "chen").get(0);
        assertThat(nudge).contains("a name and a phone number").doesNotContain("Tran").doesNotContain("0199");
        assertThat(nudges(client, "dee")).isEmpty();

        client.reply("chen", threadId, "and Marisol at 206-555-0142 too");
        client.reply("ana", threadId, "the food bank on 5th Avenue helped, ask for Rosalind");
        await().atMost(Duration.ofSeconds(10)).until(() -> nudges(client, "ana").size() == 1);
        assertThat(nudges(client, "chen")).as("one nudge per member per check-in").hasSize(1);
    }

    @Test
    void membersAndTheCommunityCanTurnNudgesOff() {
        PlaygroundClient client = new PlaygroundClient(port);
        client.command("ben", "/cop nudges off");
        client.command("fran", "/cop prompt word");
        String threadId = client.newestInChannel("fran").get("threadId").asString();
        client.reply("ben", threadId, "call me at 206-555-0111");
        client.reply("eli", threadId, "tired, Rosalind cried at pickup");
        await().atMost(Duration.ofSeconds(10)).until(() -> nudges(client, "eli").size() == 1);
        assertThat(nudges(client, "ben")).isEmpty();
        client.command("ben", "/cop nudges on");

        client.command("fran", "/cop settings nudges off");
        client.command("fran", "/cop prompt glows-grows");
        String next = client.newestInChannel("fran").get("threadId").asString();
        client.reply("eli", next, "Rosalind again, 206-555-0123");
        client.reply("ben", next, "Marisol: 206-555-0124");
        client.command("fran", "/cop settings nudges on");
        client.command("fran", "/cop prompt challenge");
        String third = client.newestInChannel("fran").get("threadId").asString();
        client.reply("ben", third, "Rosalind, 206-555-0125");
        await().atMost(Duration.ofSeconds(10)).until(() -> nudges(client, "ben").size() == 1);
        assertThat(nudges(client, "eli")).as("nothing while the community had nudges off").hasSize(1);
    }

    @Test
    void aCrisisSignalReachesFranOnlyWithSafeguardingOnAndCarriesNoWordsOfTheReply(CapturedOutput output) {
        PlaygroundClient client = new PlaygroundClient(port);
        assertThat(client.command("fran", "/cop settings safeguarding on Follow @here the plan").toString())
                .contains("cannot mention @channel");
        client.command("fran", "/cop settings safeguarding off");
        client.command("fran", "/cop prompt challenge");
        String threadId = client.newestInChannel("fran").get("threadId").asString();
        client.reply("dee", threadId, CRISIS);
        client.command("fran", "/cop settings safeguarding on Follow the district's crisis procedure: call the "
                + "safeguarding lead on the duty line");
        client.reply("eli", threadId, CRISIS);

        await().atMost(Duration.ofSeconds(10)).until(() -> alerts(client).size() == 1);
        String alert = alerts(client).get(0);
        assertThat(alert).contains("abuse or neglect").contains("call the safeguarding lead on the duty line")
                .contains("does not replace").doesNotContain("stepdad").doesNotContain("scared");
        assertThat(jdbc.queryForObject("SELECT SUM(alerts) FROM care_alert_week", Integer.class)).isEqualTo(1);
        for (String table : List.of("care_setting", "care_nudges_off", "care_nudge_sent", "care_alert_week")) {
            assertThat(jdbc.queryForList("SELECT * FROM " + table)).extracting(Map::toString)
                    .noneMatch(row -> row.contains("stepdad") || row.contains("dee") || row.contains("eli"));
        }
        assertThat(output.getAll()).doesNotContain("stepdad").doesNotContain("scared to go home");
        client.command("fran", "/cop settings safeguarding off");
    }

    /** The persona's private answers that are nudges. */
    private static List<String> nudges(PlaygroundClient client, String as) {
        List<String> found = new ArrayList<>();
        for (JsonNode answer : client.state(as).get("answers")) {
            String html = answer.get("html").asString();
            if (html.contains("Everyone in this channel can read it")) {
                found.add(html);
            }
        }
        return found;
    }

    private static List<String> alerts(PlaygroundClient client) {
        List<String> found = new ArrayList<>();
        for (JsonNode conversation : client.state("fran").get("conversations")) {
            for (JsonNode item : conversation.get("items")) {
                if (item.get("html").asString().contains("Safeguarding")) {
                    found.add(item.get("html").asString());
                }
            }
        }
        return found;
    }
}
