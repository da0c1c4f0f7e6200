package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.support.ButtonPresses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A newcomer's first minutes, through the page's own JSON API on a running application. */
@PlaygroundHttpTest
class PlaygroundEndToEndTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlaygroundPlatform platform;

    @Autowired
    ButtonPresses buttons;

    PlaygroundClient client() {
        return new PlaygroundClient(port);
    }

    @Test
    void facilitatorPostsAWordPromptThatEveryMemberSeesInTheChannel() {
        JsonNode fran = client().command("fran", "/cop prompt word");

        assertThat(fran.get("answers").get(fran.get("answers").size() - 1).get("html").asString())
                .contains("Posted the word prompt");
        JsonNode post = client().newestInChannel("ana");
        assertThat(post.get("kind").asString()).isEqualTo("post");
        assertThat(post.get("html").asString()).contains("Check-in: one word").contains("<strong>one word</strong>");
        assertThat(post.get("replies").size()).isZero();
    }

    @Test
    void aFacilitatorsBarePromptCustomAsksForTheTextInAFormAndItsSubmissionPostsTheMultiLinePrompt() {
        int answersBefore = client().state("fran").get("answers").size();

        JsonNode opened = client().commandResult("fran", "/cop prompt custom");

        assertThat(opened.get("outcome").asString()).isEqualTo("form");
        assertThat(opened.get("state").get("answers").size()).isEqualTo(answersBefore);
        assertThat(client().get("/playground?as=fran").body()).contains("id=\"prompt-form\"")
                .contains("maxlength=\"1500\"");

        JsonNode posted = client().commandResult("fran", "/cop prompt custom One win this month?\nOne worry?");

        assertThat(posted.get("outcome").asString()).isEqualTo("answered");
        assertThat(client().newestInChannel("ana").get("html").asString()).contains("One win this month?")
                .contains("One worry?");
    }

    @Test
    void aMemberWhoRunsABarePromptCustomGetsNoFormButTheUsualRefusal() {
        JsonNode result = client().commandResult("ana", "/cop prompt custom");

        assertThat(result.get("outcome").asString()).isEqualTo("answered");
        assertThat(client().newestAnswer("ana").get("html").asString()).contains("only this channel");
    }

    @Test
    void memberReplyInTheThreadIsCountedAndShownToEveryone() {
        client().command("fran", "/cop prompt word");
        String threadId = client().newestInChannel("fran").get("threadId").asString();

        JsonNode result = client().reply("ana", threadId, "Stretched");

        assertThat(result.get("outcome").asString()).isEqualTo("RECORDED");
        assertThat(replyCount(threadId)).isEqualTo(1);
        JsonNode replies = client().newestInChannel("ben").get("replies");
        assertThat(replies.size()).isEqualTo(1);
        assertThat(replies.get(0).get("author").asString()).isEqualTo("Ana");
        assertThat(replies.get(0).get("html").asString()).contains("Stretched");
    }

    @Test
    void theDigestComesToTheFacilitatorAsOneMessageWithItsChartUnderIt() {
        client().command("fran", "/cop prompt challenge");
        String threadId = client().newestInChannel("fran").get("threadId").asString();
        client().reply("ana", threadId, "The landlord raised the rent again");
        client().reply("ben", threadId, "Two families got eviction notices");
        client().reply("chen", threadId, "Rent is impossible for the moms we see");

        client().command("fran", "/cop digest");

        JsonNode digest = null;
        for (JsonNode conversation : client().state("fran").get("conversations")) {
            for (JsonNode item : conversation.get("items")) {
                if (item.get("kind").asString().equals("message-image")) {
                    digest = item;
                }
            }
        }
        assertThat(digest).as("the digest with its chart, as one item").isNotNull();
        assertThat(digest.get("html").asString()).contains("Check-in digest").contains("Housing and landlords");
        assertThat(digest.get("alt").asString()).contains("Bar chart of the period's themes");
        HttpResponse<byte[]> image = client().getBytes(digest.get("imageUrl").asString());
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(client().get("/playground/playground.js").body()).contains("function fullSize(img)");
    }

    @Test
    void memberWhoRunsAPromptIsRefusedPrivately() {
        int channelBefore = client().state("fran").get("channel").size();

        client().command("ana", "/cop prompt word");

        assertThat(client().newestAnswer("ana").get("html").asString())
                .contains("only this channel&#39;s facilitators");
        assertThat(client().state("ana").get("channel").size()).isEqualTo(channelBefore);
        assertThat(client().state("ben").get("answers").toString()).doesNotContain("only this channel");
    }

    @Test
    void unknownSubcommandGetsUsageHelpInTheCallersPrivatePanel() {
        client().command("dee", "cop pase 2");

        JsonNode answer = client().newestAnswer("dee");
        assertThat(answer.get("command").asString()).isEqualTo("/cop pase 2");
        assertThat(answer.get("html").asString()).contains("<code>pase</code>").contains("Did you mean <code>pause</code>?")
                .contains("<code>settings</code>").contains("<code>/cop help</code>");
    }

    @Test
    void pageRendersWithEveryPersona() {
        HttpResponse<String> page = client().get("/playground?as=chen");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("text/html"));
        assertThat(page.body()).contains("Fran", "Ana", "Ben", "Chen", "Dee", "Eli", "# cop-playground",
                "/playground/playground.js", "Restarting the app forgets this page");
        assertThat(client().get("/playground/playground.js").statusCode()).isEqualTo(200);
    }

    @Test
    void organisationSetWithProfileShowsOnThePersona() {
        client().command("eli", "/cop profile org Northside Youth Services");

        JsonNode eli = client().state("fran").get("personas").get(5);
        assertThat(eli.get("name").asString()).isEqualTo("Eli");
        assertThat(eli.get("organisation").asString()).isEqualTo("Northside Youth Services");
    }

    @Test
    void buttonPressIsPublishedAsAnApplicationEvent() {
        client().button("ben", "pairing.accept", "round-7");

        // published synchronously, before the request is answered
        assertThat(buttons.pressed).anySatisfy(pressed -> {
            assertThat(pressed.actionId()).isEqualTo("pairing.accept");
            assertThat(pressed.value()).isEqualTo("round-7");
            assertThat(pressed.member().userId()).isEqualTo("ben");
            assertThat(pressed.channel().channelId()).isEqualTo(Personas.CHANNEL_ID);
        });
    }

    @Test
    void forgetMeAsksWithAConfirmButtonAndOnlyThePersonasOwnPressErases() {
        client().command("dee", "/cop profile org Eastside Family Center");

        JsonNode question = client().command("dee", "/cop forget-me").get("answers");
        JsonNode ask = question.get(question.size() - 1);
        assertThat(ask.get("html").asString()).contains("Erase everything about you?");
        assertThat(ask.get("buttons").get(0).get("actionId").asString()).isEqualTo("cop.confirm");
        assertThat(ask.get("buttons").get(1).get("actionId").asString()).isEqualTo("cop.cancel");
        String token = ask.get("buttons").get(0).get("value").asString();

        client().button("ben", "cop.confirm", token);
        assertThat(client().newestAnswer("ben").get("html").asString()).contains("was for the member who ran the command");
        assertThat(client().state("fran").get("personas").get(4).get("organisation").asString())
                .isEqualTo("Eastside Family Center");

        client().button("dee", "cop.confirm", token);
        assertThat(client().newestAnswer("dee").get("html").asString())
                .contains("Done: everything cop-checkin kept about you is erased").doesNotContain("Eastside");
        assertThat(client().state("fran").get("personas").get(4).get("organisation").isNull()).isTrue();
        client().button("dee", "cop.confirm", token);
        assertThat(client().newestAnswer("dee").get("html").asString()).contains("already used");
    }

    @Test
    void uploadedImageIsServedAsPngFromMemory() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        platform.uploadImage(new ChannelRef(PlatformKind.PLAYGROUND, "playground", "cop-playground"), "trend.png",
                png, "Replies per week");

        String url = client().newestInChannel("dee").get("imageUrl").asString();
        HttpResponse<byte[]> image = client().getBytes(url);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.body()).isEqualTo(png);
    }

    @Test
    void replyToAThreadTheTimelineDoesNotHaveIsNotFound() {
        client().post("/playground/api/reply", Map.of("as", "ana", "threadId", "t-gone-1", "text", "Hi"), 404);
        client().post("/playground/api/command", Map.of("as", "mallory", "text", "/cop help"), 400);
        client().post("/playground/api/command", Map.of("as", "ana", "text", " "), 400);
    }

    private int replyCount(String threadId) {
        return jdbc.sql("SELECT COUNT(*) FROM reply_receipt r JOIN checkin c ON c.id = r.checkin_id WHERE c.thread_id = ?").param(threadId)
                .query(Integer.class).single();
    }
}
