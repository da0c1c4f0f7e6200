package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.PrivateReplyTokenFixtures;
import org.copcheckin.community.Community;
import org.copcheckin.insights.PrivateThemeNotes;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.privacy.Pseudonyms;
import org.copcheckin.support.DatabaseScan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A prompt's <em>Reply privately</em> over signed Slack requests: the {@code block_actions} press opens a modal
 * through {@code views.open} with a signed token, the signed {@code view_submission} is recorded before the ack
 * and counted once however often it is replayed, the member sees what was counted, the thread gets only the themes
 * when the facilitator turned that on, and no name or word of the reply reaches the database or the logs.
 */
@SlackHttpTest
@ExtendWith(OutputCaptureExtension.class)
class SlackPrivateReplyTest extends SlackHttpChannel {

    private static final String FACILITATOR = "U-CONFIGURED";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Pattern TOKEN = Pattern.compile("\"private_metadata\":\"([^\"]+)\"");
    private static final String DISCLOSURE = "Tran and her mum Marisol were evicted, the landlord wants the "
            + "apartment back. Call Marisol on 206-555-0199 or marisol.nguyen@example.org";

    @Autowired
    Pseudonyms pseudonyms;
    @Autowired
    PrivateThemeNotes notes;
    @Autowired
    java.time.Clock clock;

    private final String ana = "U-PRIVATE-ANA";
    private final String ben = "U-PRIVATE-BEN";

    @BeforeEach
    void standIn() {
        SlackStandIn.stub(SlackStandIn.api("views.open"), "{\"ok\":true,\"view\":{\"id\":\"V-2\"}}");
    }

    @Test
    void aPrivateReplyIsCountedOnceShownToItsAuthorAndNeverPostedOrKept(CapturedOutput output) {
        CheckIn checkIn = postCheckIn();
        assertThat(decoded(SlackStandIn.calls("chat.postMessage").get(0).getBodyAsString()))
                .contains("\"action_id\":\"cop.reply_private\"").contains("Reply privately");

        String token = openForm(ana);
        HttpResponse<String> ack = slack.interaction(submission(ana, token, DISCLOSURE));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("\"response_action\":\"update\"").contains("your private reply is counted")
                .contains("Housing and landlords").doesNotContain("Tran").doesNotContain("Marisol")
                .doesNotContain("0199");
        assertThat(receipts(checkIn)).isEqualTo(1);

        // Slack retries, or the member submits the same form again: counted once
        HttpResponse<String> replay = slack.interaction(submission(ana, token, DISCLOSURE));
        assertThat(replay.body()).contains("already replied privately");
        assertThat(receipts(checkIn)).isEqualTo(1);
        assertThat(trendReplies(checkIn)).isEqualTo(1);

        // the same member also replies in the thread: two replies, one person
        slack.event(SlackPayloads.callback("Ev-PR-1", TEAM, SlackPayloads.threadReply(channel,
                checkIn.thread().threadId(), ana, "1700000010.000001", "housing again this week")));
        assertThat(trendReplies(checkIn)).isEqualTo(2);
        assertThat(people(checkIn)).isEqualTo(1);

        // nothing was posted: the only post is the prompt itself; no nudge, since nobody else reads a private reply
        assertThat(SlackStandIn.calls("chat.postMessage")).hasSize(1);
        // the names are gone; everyday words ("landlord") are counted in trends as a thread reply's are
        assertThat(DatabaseScan.findWords(jdbc, List.of("Tran", "Marisol", "Nguyen"))).isEmpty();
        assertThat(DatabaseScan.find(jdbc, List.of("206-555", "555-0199", "example.org", ana))).isEmpty();
        assertThat(output.getAll()).doesNotContain("Marisol").doesNotContain("Tran ").doesNotContain("0199")
                .doesNotContain("evicted");
    }

    @Test
    void withPrivateThemesOnTheThreadGetsOneNoteADayAfterThePromptOfThemesKMembersGaveNeverOnePerReply() {
        CheckIn checkIn = postCheckIn();
        Community community = communities.find(checkIn.communityId()).orElseThrow();
        int k = community.kAnonymity();
        slack.command(TEAM, channel, FACILITATOR, "settings private-themes on", SlackStandIn.responseUrl("on"));
        await().atMost(WAIT).until(() -> !SlackStandIn.responses("on").isEmpty());
        assertThat(SlackStandIn.responses("on").get(0).getBodyAsString()).contains("one note a day after the prompt")
                .contains("at least " + k + " members");

        // k members reply privately about housing, one more with no theme: nothing is posted as each one submits,
        // so no note can be matched to whoever was just seen pressing the button
        for (int i = 0; i < k; i++) {
            String member = i == 0 ? ben : "U-PRIVATE-" + i;
            HttpResponse<String> ack = slack.interaction(submission(member, openForm(member), DISCLOSURE));
            assertThat(ack.body()).contains("Housing and landlords").contains("Nothing is posted now");
        }
        HttpResponse<String> plain = slack.interaction(submission(ana, openForm(ana), "Fine, thanks"));
        assertThat(plain.body()).contains("your private reply is counted").doesNotContain("Nothing is posted now");
        assertThat(receipts(checkIn)).isEqualTo(k + 1);
        assertThat(notes.sweep(community, clock.instant())).as("not before the batch point").isZero();
        assertThat(threadPosts(checkIn)).isEmpty();

        Instant batch = clock.instant().plus(PrivateThemeNotes.AFTER).plusSeconds(60);
        assertThat(notes.sweep(community, batch)).isEqualTo(1);
        await().atMost(WAIT).until(() -> threadPosts(checkIn).size() == 1);
        assertThat(threadPosts(checkIn).get(0))
                .contains("Members who replied privately to this check-in shared challenges about: Housing and landlords")
                .doesNotContain("Marisol").doesNotContain("evicted").doesNotContain("landlord wants")
                .doesNotContain(ben).doesNotContain(ana);
        assertThat(notes.sweep(community, batch.plusSeconds(60))).as("once, however often it sweeps").isZero();
        assertThat(threadPosts(checkIn)).hasSize(1);
        assertThat(DatabaseScan.find(jdbc, List.of(ben, ana, "Marisol", "evicted"))).isEmpty();

        slack.command(TEAM, channel, FACILITATOR, "settings", SlackStandIn.responseUrl("show"));
        await().atMost(WAIT).until(() -> !SlackStandIn.responses("show").isEmpty());
        assertThat(SlackStandIn.responses("show").get(0).getBodyAsString())
                .contains("themes in the thread*: on");
    }

    @Test
    void fewerThanKPrivateRepliesOrAThemeFewerThanKOfThemGaveIsNeverNoted() {
        CheckIn checkIn = postCheckIn();
        Community community = communities.find(checkIn.communityId()).orElseThrow();
        int k = community.kAnonymity();
        slack.command(TEAM, channel, FACILITATOR, "settings private-themes on", SlackStandIn.responseUrl("on2"));
        await().atMost(WAIT).until(() -> !SlackStandIn.responses("on2").isEmpty());
        // k private replies, but only k - 1 of them about housing: the theme would point to few, so no note
        for (int i = 1; i < k; i++) {
            String member = "U-FEW-" + i;
            slack.interaction(submission(member, openForm(member), DISCLOSURE));
        }
        slack.interaction(submission(ana, openForm(ana), "Fine, thanks"));
        assertThat(receipts(checkIn)).isEqualTo(k);

        assertThat(notes.sweep(community, clock.instant().plus(PrivateThemeNotes.AFTER).plusSeconds(60))).isZero();
        assertThat(threadPosts(checkIn)).isEmpty();
    }

    @Test
    void anExpiredFormIsRefusedWithTheReasonAndAnOversizedOneIsCutOrRefused(CapturedOutput output) {
        CheckIn checkIn = postCheckIn();
        String expired = PrivateReplyTokenFixtures.issuedAt(pseudonyms, checkIn,
                new MemberRef(PlatformKind.SLACK, TEAM, ana), Instant.now().minus(Duration.ofHours(13)));
        HttpResponse<String> late = slack.interaction(submission(ana, expired, "Housing"));
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).contains("\"response_action\":\"errors\"").contains("open for more than 12 hours");
        assertThat(receipts(checkIn)).isZero();

        // a body over Slack's cap is refused before anything reads it
        String huge = "housing ".repeat(140_000);
        HttpResponse<String> tooBig = slack.interaction(submission(ana, openForm(ana), huge));
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(receipts(checkIn)).isZero();

        // a long answer within the cap is counted from its first characters; the rest is dropped unread
        String tail = " Marisol Quintanilla-Ortega 206-555-0199";
        String longAnswer = "housing and rent ".repeat(400) + tail;
        HttpResponse<String> cut = slack.interaction(submission(ana, openForm(ana), longAnswer));
        assertThat(cut.statusCode()).isEqualTo(200);
        assertThat(cut.body()).contains("your private reply is counted").doesNotContain("Marisol");
        assertThat(receipts(checkIn)).isEqualTo(1);
        assertThat(DatabaseScan.find(jdbc, List.of("Marisol", "Quintanilla", "555-0199", ana))).isEmpty();
        assertThat(output.getAll()).doesNotContain("Marisol").doesNotContain("housing and rent");
    }

    @Test
    void anotherMembersOrAnAlteredTokenOrABlankAnswerKeepsTheModalOpenAndRecordsNothing() {
        CheckIn checkIn = postCheckIn();
        String token = openForm(ana);

        assertThat(slack.interaction(submission(ben, token, "Housing")).body())
                .contains("\"response_action\":\"errors\"").contains("opened by another member");
        String altered = token.replaceFirst("rp\\.[0-9a-z]+", "rp.1");
        assertThat(slack.interaction(submission(ana, altered, "Housing")).body())
                .contains("\"response_action\":\"errors\"").contains("not one cop-checkin gave");
        assertThat(slack.interaction(submission(ana, token, "   ")).body())
                .contains("\"response_action\":\"errors\"").contains("Write a few words first");
        assertThat(receipts(checkIn)).isZero();

        HttpResponse<String> forged = new SignedSlack(port, "not-the-secret").interaction(
                submission(ana, token, "Housing"));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(receipts(checkIn)).isZero();
    }

    @Test
    void theButtonOnAMessageThatIsNoCheckInSaysSoPrivately() {
        slack.interaction(SlackPayloads.buttonPress(TEAM, channel, ana, "cop.reply_private", ""));

        await().atMost(WAIT).until(() -> !SlackStandIn.calls("chat.postEphemeral").isEmpty());
        assertThat(decoded(SlackStandIn.calls("chat.postEphemeral").get(0).getBodyAsString()))
                .contains("user=" + ana).contains("not on a check-in");
        assertThat(SlackStandIn.calls("views.open")).isEmpty();
    }

    /** Presses the prompt's button as the member and returns the token of the modal Slack is asked to open. */
    private String openForm(String user) {
        int before = SlackStandIn.calls("views.open").size();
        HttpResponse<String> ack = slack.interaction(SlackPayloads.buttonPress(TEAM, channel, user, "cop.reply_private",
                ""));
        assertThat(ack.statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> SlackStandIn.calls("views.open").size() > before);
        String body = decoded(SlackStandIn.calls("views.open").get(before).getBodyAsString());
        assertThat(body).contains("trigger_id=1.2.3").contains("\"callback_id\":\"cop_reply_private\"")
                .contains("Reply privately").contains("never posted");
        Matcher token = TOKEN.matcher(body);
        assertThat(token.find()).as("the modal's token in %s", body).isTrue();
        assertThat(token.group(1)).doesNotContain(user);
        return token.group(1);
    }

    /** A view_submission as Slack sends it; {@code text} is plain (no quotes or backslashes). */
    private static String submission(String user, String token, String text) {
        return SlackPayloads.viewSubmission(TEAM, user, PrivateReplyModal.CALLBACK_ID, token, PrivateReplyModal.BLOCK_ID,
                text);
    }

    private List<String> threadPosts(CheckIn checkIn) {
        return SlackStandIn.calls("chat.postMessage").stream().map(r -> decoded(r.getBodyAsString()))
                .filter(body -> body.contains("channel=" + channel)
                        && body.contains("thread_ts=" + checkIn.thread().threadId())).toList();
    }

    private int receipts(CheckIn checkIn) {
        return jdbc.sql("SELECT COUNT(*) FROM reply_receipt WHERE checkin_id = ?").param(checkIn.id())
                .query(Integer.class).single();
    }

    private int trendReplies(CheckIn checkIn) {
        return jdbc.sql("SELECT COUNT(*) FROM trend_reply WHERE community_id = ?").param(checkIn.communityId())
                .query(Integer.class).single();
    }

    private int people(CheckIn checkIn) {
        return jdbc.sql("SELECT COUNT(DISTINCT person) FROM trend_reply WHERE community_id = ?")
                .param(checkIn.communityId()).query(Integer.class).single();
    }
}
