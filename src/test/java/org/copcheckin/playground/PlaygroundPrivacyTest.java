package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Privacy rule 1 through the playground: a reply's text is shown in its thread (the in-memory stand-in for
 * the platform's storage) but reaches neither the database nor the logs, even with web and app logging at
 * their most talkative.
 */
@PlaygroundHttpTest
@ExtendWith(OutputCaptureExtension.class)
class PlaygroundPrivacyTest {

    /** A whole sentence: single words of it may one day be counted as trend terms, the sentence never. */
    private static final String REPLY = "Quokka-7741 wrote marmalade notes for Zephyrine today";
    private static final List<String> TALKATIVE = List.of("org.copcheckin", "org.springframework.web",
            "org.springframework.jdbc", "org.apache.catalina", "org.thymeleaf");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoggingSystem logging;

    @BeforeEach
    void logEverything() {
        TALKATIVE.forEach(logger -> logging.setLogLevel(logger, LogLevel.TRACE));
    }

    @AfterEach
    void quietAgain() {
        TALKATIVE.forEach(logger -> logging.setLogLevel(logger, null));
    }

    @Test
    void replyTextReachesNeitherTheDatabaseNorTheLogs(CapturedOutput output) throws SQLException {
        PlaygroundClient client = new PlaygroundClient(port);
        client.command("fran", "/cop prompt challenge");
        String threadId = client.newestInChannel("fran").get("threadId").asString();

        assertThat(client.reply("chen", threadId, REPLY).get("outcome").asString()).isEqualTo("RECORDED");
        assertThat(client.get("/playground?as=dee").body()).contains("marmalade");

        assertThat(client.newestInChannel("dee").get("replies").get(0).get("html").asString()).contains(REPLY);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reply_receipt r JOIN checkin c ON c.id = r.checkin_id WHERE c.thread_id = ?", Integer.class, threadId))
                .isEqualTo(1);
        assertThat(everyValueInOurSchema()).isNotEmpty().noneMatch(value -> value.contains(REPLY));
        assertThat(output.getAll()).as("the capture saw the playground's debug log").contains("Playground reply m-")
                .doesNotContain(REPLY).doesNotContain("Quokka-7741").doesNotContain("Zephyrine");
    }

    @Test
    void aPrivateReplyReachesNeitherTheThreadNorTheDatabaseNorTheLogsAndIsCountedOnce(CapturedOutput output)
            throws SQLException {
        PlaygroundClient client = new PlaygroundClient(port);
        client.command("fran", "/cop prompt challenge");
        String threadId = client.newestInChannel("fran").get("threadId").asString();
        String text = "Quillfeather-5520 told Oriabel the landlord wants the flat back";

        assertThat(client.post("/playground/api/private-reply", Map.of("as", "chen", "threadId", threadId,
                "text", text), 200).body()).contains("RECORDED").doesNotContain("Quillfeather");
        assertThat(client.post("/playground/api/private-reply", Map.of("as", "chen", "threadId", threadId,
                "text", text), 200).body()).contains("ALREADY_COUNTED");
        client.post("/playground/api/private-reply", Map.of("as", "chen", "threadId", threadId, "text", " "), 400);
        // the page's box and Slack's modal take 3,000 characters, as the core does; the server refuses more
        client.post("/playground/api/private-reply", Map.of("as", "chen", "threadId", threadId,
                "text", "a".repeat(org.copcheckin.checkins.PrivateReplies.MAX_LENGTH + 1)), 400);
        client.post("/playground/api/private-reply", Map.of("as", "chen", "threadId", "t-none", "text", text), 404);

        assertThat(client.newestAnswer("chen").toString()).contains("already replied privately");
        assertThat(client.state("chen").get("answers").toString()).contains("your private reply is counted")
                .doesNotContain("Oriabel").doesNotContain("Quillfeather");
        assertThat(client.newestInChannel("dee").get("replies").size()).isZero();
        assertThat(client.get("/playground?as=dee").body()).doesNotContain("Quillfeather");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reply_receipt r JOIN checkin c ON c.id = r.checkin_id "
                + "WHERE c.thread_id = ?", Integer.class, threadId)).isEqualTo(1);
        assertThat(everyValueInOurSchema()).isNotEmpty().noneMatch(value -> value.contains("Oriabel")
                || value.contains("Quillfeather") || value.contains("flat back")
                // the digits alone, not inside a number or a hash: a timestamp "14:33:15.555205" holds "5520"
                || java.util.regex.Pattern.compile("(?<![0-9A-Za-z])5520(?![0-9A-Za-z])").matcher(value).find());
        // the receipt is a keyed hash of the check-in and the member, not the member's id
        assertThat(jdbc.queryForObject("SELECT r.delivery_key FROM reply_receipt r JOIN checkin c ON c.id = "
                + "r.checkin_id WHERE c.thread_id = ?", String.class, threadId)).matches("p[0-9a-f]{63}");
        assertThat(output.getAll()).as("the capture saw the playground's debug log")
                .contains("Playground private reply to thread").doesNotContain("Oriabel")
                .doesNotContain("Quillfeather").doesNotContain("flat back");
    }

    @Test
    void theDigestWithItsChartCarriesNoReplyTextNoNameAndNoPerson(CapturedOutput output) {
        PlaygroundClient client = new PlaygroundClient(port);
        client.command("fran", "/cop prompt challenge");
        String threadId = client.newestInChannel("fran").get("threadId").asString();
        client.reply("ana", threadId, "Quokka-7741 says the landlord raised the rent for Zephyrine");
        client.reply("ben", threadId, "Eviction notices again at the motel, Zephyrine's family too");
        client.reply("chen", threadId, REPLY + ", and the rent went up");

        client.command("fran", "/cop digest");

        List<String> shown = new ArrayList<>();
        client.state("fran").get("conversations").forEach(conversation -> conversation.get("items").forEach(item -> {
            if (item.get("kind").asString().equals("message-image")) {
                shown.add(item.get("html").asString());
                shown.add(item.get("alt").asString());
            }
        }));
        assertThat(shown).as("the digest and its chart's alt text").isNotEmpty()
                .allSatisfy(text -> assertThat(text).doesNotContain("Quokka").doesNotContain("Zephyrine")
                        .doesNotContain("marmalade").doesNotContain("Ana").doesNotContain("Chen"));
        // a closed-vocabulary word ("marmalade") may be a stored term; the sentence and the names never
        assertThat(output.getAll()).doesNotContain(REPLY).doesNotContain("Quokka").doesNotContain("Zephyrine");
    }

    @Test
    void aReminderArrivesWhenThePlaygroundClockMovesAndItsTablesKeepNoReplyNoIdAndNoInstant(CapturedOutput output)
            throws SQLException {
        PlaygroundClient client = new PlaygroundClient(port);
        client.command("fran", "/cop settings reminders 1h");
        client.command("ben", "/cop reminders off");
        client.command("dee", "/cop profile zone Pacific/Kiritimati");
        client.command("fran", "/cop prompt challenge");
        String threadId = client.newestInChannel("fran").get("threadId").asString();
        client.reply("ana", threadId, REPLY);
        // the other ways of taking part: a reaction on the prompt, a private reply
        client.post("/playground/api/react", Map.of("as", "dee", "threadId", threadId, "emoji", "thumbsup"), 200);
        client.post("/playground/api/private-reply", Map.of("as", "eli", "threadId", threadId,
                "text", "Our intake office moved across town"), 200);
        try {
            // 12 hours, then 12 more: one of the two is outside the default quiet hours (20:00-08:00) wherever
            List<String> outcomes = new ArrayList<>();
            for (int move = 0; move < 2 && reminders(client, "chen").isEmpty(); move++) {
                outcomes.add(client.post("/playground/api/clock", Map.of("as", "chen", "hours", "12"), 200).body());
            }
            assertThat(outcomes).last().asString().contains("Playground clock:").contains("1 reminder sent");
            assertThat(reminders(client, "chen")).singleElement().asString().contains("/cop reminders off")
                    .doesNotContain("Quokka").doesNotContain("@");
            assertThat(reminders(client, "ana")).as("she replied").isEmpty();
            assertThat(reminders(client, "ben")).as("reminders off").isEmpty();
            assertThat(reminders(client, "fran")).as("the facilitator").isEmpty();
            // past anyone's quiet hours: nobody else was only waiting
            client.post("/playground/api/clock", Map.of("as", "chen", "hours", "12"), 200);
            assertThat(reminders(client, "dee")).as("she reacted to the prompt").isEmpty();
            assertThat(reminders(client, "eli")).as("he replied privately").isEmpty();
            assertThat(reminders(client, "chen")).as("one reminder per check-in").hasSize(1);

            for (String table : List.of("checkin_participation", "reminder_sent", "reminder_outcome", "reminder_off",
                    "member_zone", "reminder_setting")) {
                List<String> values = new ArrayList<>();
                for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table)) {
                    for (Object value : row.values()) {
                        values.add(text(value));
                    }
                }
                assertThat(values).as(table).noneMatch(value -> value.contains("Quokka") || value.contains("marmalade"))
                        .noneMatch(value -> List.of("ana", "ben", "chen", "dee", "eli", "fran").contains(value));
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name)"
                        + " = ? AND (data_type LIKE '%TIME%' OR data_type LIKE '%time%')", Integer.class, table))
                        .as(table + " keeps days, not instants").isZero();
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM checkin_participation", Integer.class)).isPositive();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reminder_sent", Integer.class)).isPositive();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_zone WHERE zone = 'Pacific/Kiritimati'",
                    Integer.class)).isEqualTo(1);
            assertThat(everyValueInOurSchema()).noneMatch(value -> value.contains(REPLY));
            assertThat(output.getAll()).contains("reminders for check-in").doesNotContain(REPLY)
                    .doesNotContain("Quokka-7741").doesNotContain("Zephyrine");
        } finally {
            client.command("fran", "/cop settings reminders off");
        }
    }

    @Test
    void privateRepliesThemesComeAsOneNoteWhenThePlaygroundClockReachesADayAfterThePrompt(CapturedOutput output)
            throws SQLException {
        PlaygroundClient client = new PlaygroundClient(port);
        client.command("fran", "/cop settings private-themes on");
        try {
            client.command("fran", "/cop prompt challenge");
            String threadId = client.newestInChannel("fran").get("threadId").asString();
            // not Ana or Ben: other tests of this shared playground read their panels
            for (String member : List.of("chen", "dee", "eli")) {
                assertThat(client.post("/playground/api/private-reply", Map.of("as", member, "threadId", threadId,
                        "text", "Oriabel's landlord served an eviction notice, she may lose the apartment"), 200)
                        .body()).contains("Nothing is posted now");
            }
            assertThat(client.newestInChannel("dee").get("replies").size()).as("nothing per submission").isZero();

            String moved = client.post("/playground/api/clock", Map.of("as", "fran", "hours", "24"), 200).body();

            assertThat(moved).contains("Private replies' themes noted in the thread");
            tools.jackson.databind.JsonNode thread = client.newestInChannel("dee").get("replies");
            assertThat(thread.size()).isEqualTo(1);
            assertThat(thread.get(0).get("html").asString())
                    .contains("Members who replied privately to this check-in shared challenges about")
                    .contains("Housing").doesNotContain("Oriabel").doesNotContain("eviction notice");
            assertThat(everyValueInOurSchema()).noneMatch(value -> value.contains("Oriabel"));
            assertThat(output.getAll()).doesNotContain("Oriabel").doesNotContain("eviction notice");
        } finally {
            client.command("fran", "/cop settings private-themes off");
        }
    }

    private static List<String> reminders(PlaygroundClient client, String as) {
        List<String> found = new ArrayList<>();
        client.state(as).get("conversations").forEach(conversation -> conversation.get("items").forEach(item -> {
            if (item.has("html") && item.get("html").asString().contains("A gentle reminder")) {
                found.add(item.get("html").asString());
            }
        }));
        return found;
    }

    @Test
    void aFrenchReplyWithNamesReachesNeitherTheDatabaseNorTheLogs(CapturedOutput output) throws SQLException {
        PlaygroundClient client = new PlaygroundClient(port);
        client.command("fran", "/cop settings language fr");
        try {
            client.command("fran", "/cop prompt word");
            tools.jackson.databind.JsonNode prompt = client.newestInChannel("fran");
            assertThat(prompt.toString()).contains("Bilan : un mot").contains("Merci de ne nommer aucun élève");
            String threadId = prompt.get("threadId").asString();
            String reply = "Épuisée: Geneviève Tremblay et son fils Mathieu ont perdu leur logement";
            assertThat(client.reply("chen", threadId, reply).get("outcome").asString()).isEqualTo("RECORDED");
            assertThat(everyValueInOurSchema()).isNotEmpty().noneMatch(value -> {
                String folded = value.toLowerCase(java.util.Locale.ROOT);
                return folded.contains("tremblay") || folded.contains("mathieu") || folded.contains("genevi")
                        || value.contains(reply);
            });
            assertThat(output.getAll()).doesNotContain(reply).doesNotContain("Tremblay").doesNotContain("Mathieu")
                    .doesNotContain("Geneviève");
            // the 2026-12-03 review: names that are also French words, with French cues only ("vu", "mme", "m'a")
            client.reply("ana", threadId, "j'ai vu rose et sa mère hier, le loyer a encore augmenté");
            client.reply("ben", threadId, "La famille de mme petit attend une place en garderie");
            client.post("/playground/api/private-reply", Map.of("as", "dee", "threadId", threadId,
                    "text", "Mon collègue Yanis m'a aidé; Rose m'a dit que le propriétaire veut reprendre le logement"),
                    200);
            assertThat(wordsInOurSchema()).doesNotContain("rose", "petit", "yanis");
            assertThat(output.getAll()).doesNotContain("vu rose").doesNotContain("Rose m'a").doesNotContain("Yanis")
                    .doesNotContainIgnoringCase("mme petit");
        } finally {
            client.command("fran", "/cop settings language en");
        }
    }

    @Test
    void aSpanishReplyWithNamesThatAreWordsReachesNeitherTheDatabaseNorTheLogs(CapturedOutput output)
            throws SQLException {
        PlaygroundClient client = new PlaygroundClient(port);
        client.command("fran", "/cop settings language es");
        try {
            client.command("fran", "/cop prompt challenge");
            String threadId = client.newestInChannel("fran").get("threadId").asString();
            client.reply("chen", threadId, "Cielo está muy cansada, su tía Paloma la ayuda con la renta");
            client.reply("ana", threadId, "Hablé con la señora Gutiérrez y su hijo Thiago sobre la vivienda");
            client.post("/playground/api/private-reply", Map.of("as", "dee", "threadId", threadId,
                    "text", "Mi compañera Rosa me dijo que la Sra. Blanco perdió la vivienda"), 200);
            assertThat(wordsInOurSchema()).doesNotContain("cielo", "paloma", "gutierrez", "thiago", "rosa", "blanco");
            assertThat(output.getAll()).doesNotContain("Cielo").doesNotContain("Paloma").doesNotContain("Gutiérrez")
                    .doesNotContain("Thiago").doesNotContain("Rosa").doesNotContain("Blanco");
        } finally {
            client.command("fran", "/cop settings language en");
        }
    }

    /** Every word of every value of every table, folded (lower case, no accents). */
    private java.util.Set<String> wordsInOurSchema() throws SQLException {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String value : everyValueInOurSchema()) {
            String folded = java.text.Normalizer.normalize(value.toLowerCase(java.util.Locale.ROOT),
                    java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            words.addAll(List.of(folded.split("[^a-z]+")));
        }
        return words;
    }

    private List<String> everyValueInOurSchema() throws SQLException {
        List<String> values = new ArrayList<>();
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'", String.class);
        assertThat(tables).contains("CHECKIN", "REPLY_RECEIPT", "MEMBER", "QRTZ_JOB_DETAILS");
        for (String table : tables) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM \"" + table + "\"")) {
                for (Object value : row.values()) {
                    values.add(text(value));
                }
            }
        }
        return values;
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return String.valueOf(value);
    }

    @Test
    void directoryCommandsLogNoneOfWhatWasTypedAndStoreNoColumnBeyondTheOrganisationsPublicDetails(
            CapturedOutput output) throws SQLException {
        PlaygroundClient client = new PlaygroundClient(port);
        client.command("chen", "/cop profile region Marmalade Heights");
        client.command("fran", "/cop partners import name,region,services,contact,caseworker\n"
                + "Quokka Pantry,Marmalade Heights,food,(555) 010-7741,Zephyrine Smith\n"
                + "Broken Line,Marmalade Heights\n");
        client.command("dee", "/cop partners food Marmalade Heights");

        assertThat(client.newestAnswer("dee").get("html").asString()).contains("Quokka Pantry");
        assertThat(everyValueInOurSchema()).noneMatch(value -> value.contains("Zephyrine"))
                .noneMatch(value -> value.contains("Broken Line"));
        // a column the directory does not keep reaches no log at all; the app's own logs carry ids only (at TRACE,
        // Spring JDBC shows the parameters it binds: here organisations' public details, which the directory keeps)
        assertThat(output.getAll()).contains("Running /cop partners import").doesNotContain("Zephyrine")
                .doesNotContain("Broken Line");
        assertThat(output.getAll().lines().filter(line -> line.contains("org.copcheckin") || line.contains(" o.c.")))
                .isNotEmpty().noneMatch(line -> line.contains("Marmalade") || line.contains("Quokka")
                        || line.contains("010-7741"));
    }
}
