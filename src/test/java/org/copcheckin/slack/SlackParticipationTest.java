package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.community.Community;
import org.copcheckin.insights.PublishedTrends;
import org.copcheckin.insights.TrendKind;
import org.copcheckin.insights.TrendQuery;
import org.copcheckin.insights.WeekCells;
import org.copcheckin.support.DatabaseScan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One-click participation over signed Slack requests: {@code reaction_added} and {@code reaction_removed} on a
 * prompt count its member once as taking part, replays change nothing, and removing every reaction withdraws it;
 * a one-word prompt's feeling buttons, pressed in signed {@code block_actions}, record one answer per member,
 * changed by the next press, and nothing else gets in.
 */
@SlackHttpTest
class SlackParticipationTest extends SlackHttpChannel {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Pattern FEELING = Pattern.compile("\"action_id\":\"cop\\.feeling\",\"value\":\"([^\"]+)\"");

    @Autowired
    PublishedTrends trends;

    private final String one = "U-FEEL1-" + System.nanoTime();
    private final String two = "U-FEEL2-" + System.nanoTime();
    private int events;

    @BeforeEach
    void standIn() {
        emptyChannelAndOneDm();
    }

    @Test
    void reactionsAddedAndRemovedCountEachMemberOnceAndReplaysChangeNothing() {
        Community community = community();
        CheckIn checkIn = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        String prompt = checkIn.thread().threadId();

        // Ana reacts twice: she took part once
        assertThat(react(true, prompt, "U-ANA", "thumbsup").statusCode()).isEqualTo(200);
        String heart = SlackPayloads.callback("Ev-R-heart-" + channel, TEAM,
                SlackPayloads.reaction(true, channel, prompt, "U-ANA", "heart"));
        slack.event(heart);
        // Slack retries the same event, and a replay comes later: acknowledged, not counted again
        assertThat(slack.event(heart, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                .statusCode()).isEqualTo(200);
        slack.event(heart);
        react(true, prompt, "U-BEN", "thumbsup");
        react(true, prompt, "U-CHEN", "tada");
        // Dee, Eli, Fay and Gus reply; Dee also reacts, then takes it back: she still took part, by replying
        List<String> repliers = List.of("U-DEE", "U-ELI", "U-FAY", "U-GUS");
        for (int i = 0; i < repliers.size(); i++) {
            slack.event(SlackPayloads.callback("Ev-Reply-" + i + channel, TEAM, SlackPayloads.threadReply(channel,
                    prompt, repliers.get(i), "1700000300.00000" + i, "tired")));
        }
        react(true, prompt, "U-DEE", "thumbsup");
        react(false, prompt, "U-DEE", "thumbsup");
        // a reaction on a message that is not a prompt, and one by our own bot, count for nothing
        react(true, "1700000999.000001", "U-HAL", "thumbsup");
        react(true, prompt, SlackStandIn.BOT_USER, "thumbsup");

        assertThat(reactionRows(community)).isEqualTo(4);
        WeekCells week = thisWeek(community);
        assertThat(week.people()).hasValue(7);
        assertThat(week.replies()).hasValue(4);
        assertThat(week.cells(TrendKind.TAKEPART)).containsOnlyKeys(TrendKind.REPLIED, TrendKind.REACTED);
        assertThat(week.cells(TrendKind.TAKEPART).get(TrendKind.REPLIED).people()).isEqualTo(4);
        assertThat(week.cells(TrendKind.TAKEPART).get(TrendKind.REACTED).people()).isEqualTo(3);
        assertThat(week.cells(TrendKind.TERM)).as("a reaction is never a term").doesNotContainKeys("thumbsup", "heart");

        facilitators.add(community, "U-FAC");
        slack.command(TEAM, channel, "U-FAC", "digest", SlackStandIn.responseUrl("digest-" + channel));
        await().atMost(WAIT).until(() -> !SlackStandIn.responses("digest-" + channel).isEmpty());
        assertThat(SlackStandIn.responses("digest-" + channel).get(0).getBodyAsString())
                .contains("7 people took part (4 replied, 3 reacted), 4 replies");

        // Ana takes back one reaction: she still took part; then the other: she no longer counts
        react(false, prompt, "U-ANA", "thumbsup");
        assertThat(thisWeek(community).people()).hasValue(7);
        String removeHeart = SlackPayloads.callback("Ev-R-unheart-" + channel, TEAM,
                SlackPayloads.reaction(false, channel, prompt, "U-ANA", "heart"));
        slack.event(removeHeart);
        slack.event(removeHeart, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        WeekCells after = thisWeek(community);
        assertThat(after.people()).hasValue(6);
        assertThat(after.cells(TrendKind.TAKEPART)).as("2 who only reacted are fewer than k: no split")
                .isEmpty();

        assertThat(DatabaseScan.find(jdbc, List.of("U-ANA", "U-BEN", "U-CHEN", "U-DEE", "thumbsup", "heart", "tada")))
                .isEmpty();
    }

    @Test
    void feelingButtonsRecordOneAnswerPerMemberThatTheNextPressChanges() {
        Community community = community();
        facilitators.add(community, "U-FAC");
        assertThat(command("U-FAC", "settings feelings hopeful")).contains("Give 2 to 5 feelings");
        assertThat(command("U-FAC", "settings feelings hopeful,qzxvkj")).contains("`qzxvkj` is not in the closed "
                + "vocabulary");
        assertThat(command("U-MEMBER", "settings feelings hopeful,tired")).contains("facilitator");
        assertThat(command("U-FAC", "settings feelings Hopeful, tired, curious"))
                .contains("now offer these feeling buttons: hopeful, tired, curious");

        checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        assertThat(lastPrompt()).as("a challenge prompt has no feeling buttons").doesNotContain("cop.feeling");
        SlackStandIn.stub(SlackStandIn.api("chat.postMessage"), "{\"ok\":true,\"channel\":\"" + channel
                + "\",\"ts\":\"1700000000.000777\"}");
        CheckIn checkIn = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        String blocks = lastPrompt();
        Map<String, String> buttons = feelingButtons(blocks);
        assertThat(buttons).containsOnlyKeys("hopeful", "tired", "curious");
        assertThat(blocks).as("the feelings are an actions block of their own")
                .containsPattern("\\{\"type\":\"actions\",\"elements\":\\[\\{\"type\":\"button\",\"text\":\\{[^}]*"
                        + "\"text\":\"hopeful\"");

        press(one, buttons.get("tired"));
        await().atMost(WAIT).until(() -> ephemeralsTo(one).size() == 1);
        assertThat(ephemeralsTo(one).get(0)).contains("your one-word answer *tired* is recorded");
        assertThat(words(community)).containsExactly("tired");

        press(one, buttons.get("hopeful"));
        await().atMost(WAIT).until(() -> ephemeralsTo(one).size() == 2);
        assertThat(ephemeralsTo(one).get(1)).contains("*hopeful* is recorded, in place of your earlier choice");
        assertThat(words(community)).containsExactly("hopeful");
        assertThat(checkIns.replyCount(checkIn.id())).isEqualTo(1);

        // a value changed by hand, or one from another channel, records nothing and says why
        String forged = buttons.get("tired").replace(".tired.", ".grateful.");
        press(two, forged);
        slack.interaction(SlackPayloads.buttonPress(TEAM, "C-ELSEWHERE", two, "cop.feeling", buttons.get("tired")));
        await().atMost(WAIT).until(() -> ephemeralsTo(two).size() == 2);
        assertThat(ephemeralsTo(two)).allSatisfy(answer -> assertThat(answer).contains("not one cop-checkin gave"));
        assertThat(words(community)).containsExactly("hopeful");
        assertThat(checkIns.replyCount(checkIn.id())).isEqualTo(1);
        assertThat(DatabaseScan.find(jdbc, List.of(one, two))).isEmpty();
    }

    @Test
    void quickSuccessivePressesLeaveTheLastOneAndItsConfirmationComesLast() {
        Community community = community();
        CheckIn checkIn = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        Map<String, String> buttons = feelingButtons(lastPrompt());

        // acknowledged at once, taken in on worker threads: the second press arrives while the first is in flight
        press(one, buttons.get("tired"));
        press(one, buttons.get("hopeful"));
        press(one, buttons.get("grateful"));
        // a press overtaken before its commit records nothing, and a confirmation a later commit made stale before it
        // went out is not sent: one to three confirmations, the last naming the answer that stands
        await().atMost(WAIT).during(Duration.ofMillis(700)).until(() -> words(community).size() == 1
                && !ephemeralsTo(one).isEmpty()
                && ephemeralsTo(one).get(ephemeralsTo(one).size() - 1).contains("*" + words(community).get(0) + "*"));

        assertThat(words(community)).hasSize(1);
        String standing = words(community).get(0);
        assertThat(ephemeralsTo(one)).hasSizeBetween(1, 3);
        assertThat(ephemeralsTo(one).get(ephemeralsTo(one).size() - 1)).contains("*" + standing + "* is recorded");
        assertThat(ephemeralsTo(one)).noneMatch(answer -> answer.contains("already recorded"));
        assertThat(checkIns.replyCount(checkIn.id())).isEqualTo(1);
        assertThat(DatabaseScan.find(jdbc, List.of(one))).isEmpty();
    }

    private HttpResponse<String> react(boolean added, String messageTs, String user, String emoji) {
        return slack.event(SlackPayloads.callback("Ev-R" + (++events) + "-" + channel, TEAM,
                SlackPayloads.reaction(added, channel, messageTs, user, emoji)));
    }

    private void press(String user, String value) {
        assertThat(slack.interaction(SlackPayloads.buttonPress(TEAM, channel, user, "cop.feeling", value))
                .statusCode()).isEqualTo(200);
    }

    private String command(String user, String text) {
        String id = "cmd-" + (++events) + channel;
        slack.command(TEAM, channel, user, text, SlackStandIn.responseUrl(id));
        await().atMost(WAIT).until(() -> !SlackStandIn.responses(id).isEmpty());
        return SlackStandIn.responses(id).get(0).getBodyAsString();
    }

    private int reactionRows(Community community) {
        return jdbc.sql("SELECT COUNT(*) FROM trend_reaction WHERE community_id = ?").param(community.id())
                .query(Integer.class).single();
    }

    private WeekCells thisWeek(Community community) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<WeekCells> weeks = trends.query(TrendQuery.weeksEnding(community, today, 1).withWeekSoFar(today)).weeks();
        return weeks.get(weeks.size() - 1);
    }

    private List<String> words(Community community) {
        return jdbc.sql("SELECT item FROM trend_mention WHERE community_id = ? AND kind = 'WORD'")
                .param(community.id()).query(String.class).list();
    }

    private String lastPrompt() {
        List<String> posts = posts(channel);
        return posts.get(posts.size() - 1);
    }

    private static Map<String, String> feelingButtons(String blocks) {
        Map<String, String> buttons = new LinkedHashMap<>();
        Matcher value = FEELING.matcher(blocks);
        while (value.find()) {
            buttons.put(value.group(1).split("\\.")[1], value.group(1));
        }
        return buttons;
    }

    private List<String> ephemeralsTo(String user) {
        List<String> found = new ArrayList<>();
        SlackStandIn.calls("chat.postEphemeral").stream()
                .map(r -> decoded(r.getBodyAsString()))
                .filter(body -> body.contains("user=" + user)).forEach(found::add);
        return found;
    }
}
