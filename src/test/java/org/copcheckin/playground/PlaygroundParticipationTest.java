package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.copcheckin.support.DatabaseScan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * One-click participation in the playground, through the page's own JSON API: a one-word prompt carries the
 * community's feeling buttons in a row of their own, a press records the persona's one-word answer (changed by the
 * next press), and the emoji under a post add and take away the persona's reaction, counted as taking part.
 */
@PlaygroundHttpTest
class PlaygroundParticipationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    PlaygroundClient client() {
        return new PlaygroundClient(port);
    }

    @Test
    void aOneWordPromptsFeelingButtonsRecordThePersonasAnswerAndTheNextPressChangesIt() {
        client().command("fran", "/cop prompt word");
        JsonNode post = client().newestInChannel("ana");
        Map<String, String> feelings = feelings(post);
        assertThat(feelings).containsOnlyKeys("hopeful", "stretched", "tired", "curious", "grateful");
        int receipts = receipts();

        client().button("ana", "cop.feeling", feelings.get("tired"));
        assertThat(client().newestAnswer("ana").get("html").asString()).contains("<strong>tired</strong> is recorded");
        client().button("ana", "cop.feeling", feelings.get("grateful"));
        assertThat(client().newestAnswer("ana").get("html").asString())
                .contains("<strong>grateful</strong> is recorded, in place of your earlier choice");
        assertThat(receipts()).as("one answer per persona per check-in").isEqualTo(receipts + 1);

        // a value changed by hand records nothing and says why
        client().button("ben", "cop.feeling", feelings.get("tired").replace(".tired.", ".hopeful."));
        assertThat(client().newestAnswer("ben").get("html").asString()).contains("not one cop-checkin gave");
        assertThat(receipts()).isEqualTo(receipts + 1);

        // a facilitator changes the set; a persona's bad list is refused with the reason, and nothing changes
        assertThat(client().command("ben", "/cop settings feelings hopeful,tired").get("answers").toString())
                .contains("only this channel");
        assertThat(client().command("fran", "/cop settings feelings hopeful,zzqxv").get("answers").toString())
                .contains("not in the closed vocabulary");
        client().command("fran", "/cop settings feelings hopeful, curious, tired");
        client().command("fran", "/cop prompt word");
        assertThat(feelings(client().newestInChannel("ana"))).containsOnlyKeys("hopeful", "curious", "tired");
        client().command("fran", "/cop settings feelings hopeful,stretched,tired,curious,grateful");
    }

    @Test
    void theEmojiUnderAPostAddAndTakeAwayThePersonasReactionCountedOnceAsTakingPart() {
        client().command("fran", "/cop prompt challenge");
        String thread = client().newestInChannel("ana").get("threadId").asString();
        assertThat(feelings(client().newestInChannel("ana"))).as("a challenge has no feeling buttons").isEmpty();
        int rows = reactionRows();

        client().react("ben", thread, "thumbsup");
        client().react("ben", thread, "heart");
        JsonNode chen = client().react("chen", thread, "thumbsup").get("state");
        assertThat(reactions(chen, thread)).containsExactly("heart 1 false", "thumbsup 2 true");
        assertThat(reactionRows()).isEqualTo(rows + 3);

        // a second click takes it away, as on Slack or Discord
        JsonNode ben = client().react("ben", thread, "thumbsup").get("state");
        assertThat(reactions(ben, thread)).containsExactly("heart 1 true", "thumbsup 1 false");
        assertThat(reactionRows()).isEqualTo(rows + 2);

        assertThatThrownBy(() -> client().react("ben", thread, "skull")).hasMessageContaining("answered 404");
        assertThatThrownBy(() -> client().react("ben", "no-such-post", "heart")).hasMessageContaining("answered 404");
        assertThat(reactionRows()).isEqualTo(rows + 2);
        assertThat(DatabaseScan.find(jdbc, List.of("thumbsup", "heart"))).isEmpty();
    }

    private static Map<String, String> feelings(JsonNode post) {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        post.get("buttons").forEach(button -> {
            if ("cop.feeling".equals(button.get("actionId").asString())) {
                assertThat(button.get("row").asString()).isEqualTo("feelings");
                found.put(button.get("label").asString(), button.get("value").asString());
            }
        });
        return found;
    }

    private static List<String> reactions(JsonNode state, String thread) {
        List<String> shown = new ArrayList<>();
        state.get("reactions").get(thread).forEach(r -> shown.add(r.get("emoji").asString() + " "
                + r.get("count").asInt() + " " + r.get("mine").asBoolean()));
        return shown;
    }

    private int receipts() {
        return jdbc.sql("SELECT COUNT(*) FROM reply_receipt").query(Integer.class).single();
    }

    private int reactionRows() {
        return jdbc.sql("SELECT COUNT(*) FROM trend_reaction").query(Integer.class).single();
    }
}
