package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.copcheckin.discord.DiscordWiring.recentId;

import java.time.Duration;
import java.util.List;

import net.dv8tion.jda.api.utils.TimeUtil;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.copcheckin.insights.TrendExport;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.community.Communities;
import org.copcheckin.platform.MemberLeft;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.support.CoreSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real JDA client against a stand-in Discord on loopback (REST and gateway), reached through
 * {@code DISCORD_API_URL} and {@code DISCORD_GATEWAY_URL}: a slash command posts a prompt with its thread,
 * replies in the thread are counted once, a replayed delivery is not counted again, a pair gets a private
 * thread, a member who leaves the server is reported as {@link MemberLeft}, a server that removes the bot is
 * recorded for purging after the grace period.
 */
@CoreSpringTest
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class DiscordEndToEndTest {

    private static final StandInDiscord DISCORD = StandInDiscord.start();
    private static final Duration WAIT = DiscordWiring.WAIT;

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        DiscordWiring.oneServer(registry, DISCORD);
    }

    @Autowired
    @Qualifier("discord")
    HealthIndicator health;
    @Autowired
    ChatPlatforms platforms;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Communities communities;
    @Autowired
    org.copcheckin.care.CareSettings care;
    @Autowired
    org.copcheckin.community.Facilitators facilitators;
    @Autowired
    MembersWhoLeft membersWhoLeft;
    @Autowired
    org.copcheckin.community.Members members;
    @Autowired
    org.copcheckin.checkins.CheckIns checkIns;
    @Autowired
    org.copcheckin.reminders.Reminders reminders;
    @Autowired
    org.copcheckin.reminders.ReminderSettings reminderSettings;

    /** Closes the stand-in with the context, after the Discord client has shut down, not before. */
    @TestConfiguration(proxyBeanMethods = false)
    static class StandInLifecycle {
        @Bean(destroyMethod = "close")
        StandInDiscord standInDiscord() {
            return DISCORD;
        }

        /** Application events come from JDA's threads, which {@code @RecordApplicationEvents} does not see. */
        @Bean
        MembersWhoLeft membersWhoLeft() {
            return new MembersWhoLeft();
        }
    }

    static class MembersWhoLeft {
        final List<MemberLeft> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        @EventListener
        void on(MemberLeft left) {
            seen.add(left);
        }
    }

    @BeforeEach
    void connected() {
        DiscordWiring.awaitConnected(health, DISCORD);
    }

    @Test
    void aPromptByAnAdminStartsAThreadWhoseRepliesAreCountedOnceEvenWhenReplayed(CapturedOutput output) {
        // JDA reads the interaction's age from its snowflake id: it must be recent
        String interactionId = String.valueOf(TimeUtil.getDiscordTimestamp(System.currentTimeMillis()));
        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.slashCommand(interactionId, "token-1",
                DiscordPayloads.ADMIN, "prompt", DataArray.empty().add(DiscordPayloads.option("kind", 3, "word"))));

        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/token-1").isEmpty());
        assertThat(DISCORD.calls("POST", "/interactions/" + interactionId + "/token-1/callback"))
                .singleElement().satisfies(call -> assertThat(call.body()).contains("\"type\":5").contains("\"flags\":64"));
        StandInDiscord.Call prompt = last(DISCORD.calls("POST", "/channels/200/messages"));
        assertThat(prompt.body()).contains("Check-in: one word");
        StandInDiscord.Call thread = last(DISCORD.calls("POST", "/channels/200/messages/\\d+/threads"));
        String threadId = thread.path().split("/")[4];
        assertThat(DISCORD.calls("POST", "/webhooks/\\d+/token-1").get(0).body()).contains("Posted the word prompt");

        DataObject dana = DiscordPayloads.message("9001", threadId,
                DiscordPayloads.user(DiscordPayloads.DANA, "Dana", false), "Stretched thin but hopeful", null);
        DataObject sam = DiscordPayloads.message("9002", threadId,
                DiscordPayloads.user(DiscordPayloads.SAM, "Sam", false), "Grateful for the team", null);
        DISCORD.gateway().dispatch("MESSAGE_CREATE", dana);
        DISCORD.gateway().dispatch("MESSAGE_CREATE", sam);
        await().atMost(WAIT).until(() -> replyCount(threadId) == 2);

        // the same message delivered again is recognised by its Discord message id
        DISCORD.gateway().dispatch("MESSAGE_CREATE", DataObject.fromJson(dana.toString()));
        await().atMost(WAIT).until(() -> repeatedDeliveries(output) == 1);
        assertThat(replyCount(threadId)).isEqualTo(2);

        // a dropped connection: JDA resumes the session and the gateway replays both replies
        DISCORD.gateway().dropAndReplayOnResume(List.of(
                StandInGateway.event("MESSAGE_CREATE", DataObject.fromJson(dana.toString())),
                StandInGateway.event("MESSAGE_CREATE", DataObject.fromJson(sam.toString()))));
        await().atMost(WAIT).until(() -> repeatedDeliveries(output) == 3);
        assertThat(DISCORD.gateway().received()).contains(6);
        assertThat(replyCount(threadId)).isEqualTo(2);
        assertThat(receipts(threadId)).isEqualTo(2);
        await().atMost(WAIT).until(() -> health.health().getStatus().equals(Status.UP));

        // Sam deletes the reply: its receipt and trend rows go with it
        DISCORD.gateway().dispatch("MESSAGE_DELETE", DataObject.empty().put("id", "9002").put("channel_id", threadId)
                .put("guild_id", DiscordPayloads.GUILD));
        await().atMost(WAIT).until(() -> replyCount(threadId) == 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trend_reply r JOIN reply_receipt c ON c.delivery_key = r.reply_key")
                .query(Integer.class).single()).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM trend_reply")
                .query(Integer.class).single());
    }

    @Test
    void reactionsOnAPromptCountEachMemberOnceWhateverIsAddedReplayedOrRemoved() {
        String prompt = postWordPrompt("token-react");
        long community = communities.findOrCreate(new ChannelRef(PlatformKind.DISCORD, DiscordPayloads.GUILD,
                DiscordPayloads.CHANNEL)).id();
        int before = reactionRows(community);

        // Dana reacts with two emoji, and Discord delivers the first one twice: one person, two reactions
        DataObject thumbs = DiscordPayloads.reaction(true, DiscordPayloads.CHANNEL, prompt, DiscordPayloads.DANA, "👍");
        DISCORD.gateway().dispatch("MESSAGE_REACTION_ADD", thumbs);
        DISCORD.gateway().dispatch("MESSAGE_REACTION_ADD", DataObject.fromJson(thumbs.toString()));
        DISCORD.gateway().dispatch("MESSAGE_REACTION_ADD",
                DiscordPayloads.reaction(true, DiscordPayloads.CHANNEL, prompt, DiscordPayloads.DANA, "❤️"));
        // the bot's own reaction, and a reaction on a message that is not a prompt, count for nothing
        DISCORD.gateway().dispatch("MESSAGE_REACTION_ADD",
                DiscordPayloads.reaction(true, DiscordPayloads.CHANNEL, prompt, DiscordPayloads.BOT, "👍"));
        DISCORD.gateway().dispatch("MESSAGE_REACTION_ADD",
                DiscordPayloads.reaction(true, DiscordPayloads.CHANNEL, "77", DiscordPayloads.SAM, "👍"));
        DISCORD.gateway().dispatch("MESSAGE_REACTION_ADD",
                DiscordPayloads.reaction(true, DiscordPayloads.CHANNEL, prompt, DiscordPayloads.SAM, "🎉"));
        await().atMost(WAIT).until(() -> reactionRows(community) == before + 3);
        assertThat(reactingPeople(community)).isEqualTo(2);

        // Dana takes one back (and the removal arrives twice): she still took part; then the other: she no longer does
        DataObject unthumbs = DiscordPayloads.reaction(false, DiscordPayloads.CHANNEL, prompt, DiscordPayloads.DANA, "👍");
        DISCORD.gateway().dispatch("MESSAGE_REACTION_REMOVE", unthumbs);
        DISCORD.gateway().dispatch("MESSAGE_REACTION_REMOVE", DataObject.fromJson(unthumbs.toString()));
        await().atMost(WAIT).until(() -> reactionRows(community) == before + 2);
        assertThat(reactingPeople(community)).isEqualTo(2);
        DISCORD.gateway().dispatch("MESSAGE_REACTION_REMOVE",
                DiscordPayloads.reaction(false, DiscordPayloads.CHANNEL, prompt, DiscordPayloads.DANA, "❤️"));
        await().atMost(WAIT).until(() -> reactionRows(community) == before + 1);
        assertThat(reactingPeople(community)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trend_mention WHERE community_id = ?").param(community)
                .query(Integer.class).single()).as("a reaction is never a term").isEqualTo(
                jdbc.sql("SELECT COUNT(*) FROM trend_mention m JOIN trend_reply r ON r.reply_key = m.reply_key "
                        + "WHERE m.community_id = ?").param(community).query(Integer.class).single());
        assertThat(org.copcheckin.support.DatabaseScan.find(jdbc, List.of("👍", "❤️", "🎉"))).isEmpty();
    }

    @Test
    void aFeelingButtonUnderAOneWordPromptRecordsTheWordAndTheNextPressChangesIt() {
        String prompt = postWordPrompt("token-feel");
        long community = communities.findOrCreate(new ChannelRef(PlatformKind.DISCORD, DiscordPayloads.GUILD,
                DiscordPayloads.CHANNEL)).id();
        String posted = DISCORD.calls("POST", "/channels/200/messages").stream()
                .filter(call -> call.body().contains("Check-in: one word")).reduce((a, b) -> b).orElseThrow().body();
        java.util.regex.Matcher feeling = java.util.regex.Pattern.compile("\"custom_id\":\"(cop\\.feeling\\|[^\"]+)\"")
                .matcher(posted);
        java.util.Map<String, String> buttons = new java.util.LinkedHashMap<>();
        while (feeling.find()) {
            buttons.put(feeling.group(1).split("\\.")[2], feeling.group(1));
        }
        assertThat(buttons).containsOnlyKeys("hopeful", "stretched", "tired", "curious", "grateful");
        int words = feelingWords(community, "curious") + feelingWords(community, "tired");

        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.buttonPressOnChannelMessage(recentId(),
                "token-feel-1", DiscordPayloads.SAM, prompt, buttons.get("tired")));
        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/token-feel-1").isEmpty());
        assertThat(DISCORD.calls("POST", "/webhooks/\\d+/token-feel-1").get(0).body())
                .contains("your one-word answer **tired** is recorded").contains("\"flags\":64");
        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.buttonPressOnChannelMessage(recentId(),
                "token-feel-2", DiscordPayloads.SAM, prompt, buttons.get("curious")));
        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/token-feel-2").isEmpty());
        assertThat(DISCORD.calls("POST", "/webhooks/\\d+/token-feel-2").get(0).body())
                .contains("**curious** is recorded, in place of your earlier choice");
        assertThat(feelingWords(community, "curious") + feelingWords(community, "tired")).isEqualTo(words + 1);
        assertThat(receipts(prompt)).isEqualTo(1);

        // a custom id changed by hand records nothing and says why
        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.buttonPressOnChannelMessage(recentId(),
                "token-feel-3", DiscordPayloads.DANA, prompt, buttons.get("tired").replace(".tired.", ".hopeful.")));
        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/token-feel-3").isEmpty());
        assertThat(DISCORD.calls("POST", "/webhooks/\\d+/token-feel-3").get(0).body())
                .contains("not one cop-checkin gave");
        assertThat(receipts(prompt)).isEqualTo(1);
    }

    /** {@code /cop prompt word} by the admin; the prompt message's id (its thread's). */
    private String postWordPrompt(String token) {
        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.slashCommand(recentId(), token,
                DiscordPayloads.ADMIN, "prompt", DataArray.empty().add(DiscordPayloads.option("kind", 3, "word"))));
        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/" + token).isEmpty());
        List<StandInDiscord.Call> threads = DISCORD.calls("POST", "/channels/200/messages/\\d+/threads");
        return threads.get(threads.size() - 1).path().split("/")[4];
    }

    private int reactionRows(long community) {
        return jdbc.sql("SELECT COUNT(*) FROM trend_reaction WHERE community_id = ?").param(community)
                .query(Integer.class).single();
    }

    private int reactingPeople(long community) {
        return jdbc.sql("SELECT COUNT(DISTINCT person) FROM trend_reaction WHERE community_id = ?").param(community)
                .query(Integer.class).single();
    }

    private int feelingWords(long community, String word) {
        return jdbc.sql("SELECT COUNT(*) FROM trend_mention WHERE community_id = ? AND kind = 'WORD' AND item = ?")
                .params(community, word).query(Integer.class).single();
    }

    @Test
    void aReplyWithAnotherPersonsNameAndANumberGetsItsAuthorOnePrivateNudgeByDirectMessage() {
        int dmsBefore = DISCORD.calls("POST", "/users/@me/channels").size();
        int nudgesBefore = nudges().size();
        String interactionId = String.valueOf(TimeUtil.getDiscordTimestamp(System.currentTimeMillis()));
        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.slashCommand(interactionId, "token-nudge",
                DiscordPayloads.ADMIN, "prompt", DataArray.empty().add(DiscordPayloads.option("kind", 3, "word"))));
        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/token-nudge").isEmpty());
        List<StandInDiscord.Call> threads = DISCORD.calls("POST", "/channels/200/messages/\\d+/threads");
        String threadId = threads.get(threads.size() - 1).path().split("/")[4];

        DataObject reply = DiscordPayloads.message("9101", threadId, DiscordPayloads.user(DiscordPayloads.DANA, "Dana",
                false), "worried about Tran again, call 206-555-0199", null);
        DISCORD.gateway().dispatch("MESSAGE_CREATE", reply);
        DISCORD.gateway().dispatch("MESSAGE_CREATE", DiscordPayloads.message("9102", threadId,
                DiscordPayloads.user(DiscordPayloads.DANA, "Dana", false), "and Tran's sister too, 206-555-0100", null));
        await().atMost(WAIT).until(() -> replyCount(threadId) == 2);

        await().atMost(WAIT).until(() -> nudges().size() > nudgesBefore);
        List<StandInDiscord.Call> opened = DISCORD.calls("POST", "/users/@me/channels");
        assertThat(opened.subList(dmsBefore, opened.size())).singleElement()
                .satisfies(call -> assertThat(call.body()).contains(DiscordPayloads.DANA));
        List<StandInDiscord.Call> nudges = nudges();
        assertThat(nudges.subList(nudgesBefore, nudges.size())).as("one nudge per member per check-in").singleElement()
                .satisfies(call -> assertThat(call.body()).contains("a name and a phone number")
                        .doesNotContain("Tran").doesNotContain("206-555"));
    }

    private static List<StandInDiscord.Call> nudges() {
        return DISCORD.calls("POST", "/channels/\\d+/messages").stream()
                .filter(call -> call.body().contains("Everyone in this channel can read it")).toList();
    }

    @Test
    void aDisclosureSendsTheFacilitatorAnAlertWithTheLinkAndProtocolAndNoneOfTheWords() {
        var community = communities.findOrCreate(new ChannelRef(PlatformKind.DISCORD, DiscordPayloads.GUILD,
                DiscordPayloads.CHANNEL));
        facilitators.add(community, DiscordPayloads.SAM);
        assertThat(care.turnSafeguardingOn(community.id(), "Call the duty lead on the district line")).isEmpty();
        String interactionId = String.valueOf(TimeUtil.getDiscordTimestamp(System.currentTimeMillis()));
        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.slashCommand(interactionId, "token-alert",
                DiscordPayloads.ADMIN, "prompt", DataArray.empty().add(DiscordPayloads.option("kind", 3, "word"))));
        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/token-alert").isEmpty());
        List<StandInDiscord.Call> threads = DISCORD.calls("POST", "/channels/200/messages/\\d+/threads");
        String threadId = threads.get(threads.size() - 1).path().split("/")[4];

        try {
            DISCORD.gateway().dispatch("MESSAGE_CREATE", DiscordPayloads.message("9201", threadId,
                    DiscordPayloads.user(DiscordPayloads.DANA, "Dana", false),
                    "a student told me her stepdad hits her and she is scared to go home", null));

            await().atMost(WAIT).until(() -> DISCORD.calls("POST", "/channels/\\d+/messages").stream()
                    .anyMatch(call -> call.body().contains("Call the duty lead")));
            StandInDiscord.Call alert = DISCORD.calls("POST", "/channels/\\d+/messages").stream()
                    .filter(call -> call.body().contains("Call the duty lead")).findFirst().orElseThrow();
            assertThat(alert.body()).contains("abuse or neglect")
                    .contains("https://discord.com/channels/" + DiscordPayloads.GUILD + "/" + threadId + "/9201")
                    .doesNotContain("stepdad").doesNotContain("scared");
        } finally {
            care.turnSafeguardingOff(community.id());
            facilitators.remove(community, DiscordPayloads.SAM);
        }
    }

    @Test
    void withoutCreatePublicThreadsTheFacilitatorIsToldWhyAndNothingIsPosted() {
        String interactionId = String.valueOf(TimeUtil.getDiscordTimestamp(System.currentTimeMillis()));
        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.slashCommand(interactionId, "token-2",
                DiscordPayloads.ADMIN, DiscordPayloads.NO_THREADS_CHANNEL, "prompt",
                DataArray.empty().add(DiscordPayloads.option("kind", 3, "challenge"))));

        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/token-2").isEmpty());
        assertThat(DISCORD.calls("POST", "/webhooks/\\d+/token-2").get(0).body())
                .contains("couldn't post the prompt").contains("Create Public Threads");
        assertThat(DISCORD.calls("POST", "/channels/" + DiscordPayloads.NO_THREADS_CHANNEL + "/messages.*")).isEmpty();
    }

    @Test
    void forgetMeAsksWithADangerButtonAndOnlyTheCallersPressErases() {
        ChannelRef channel = new ChannelRef(PlatformKind.DISCORD, DiscordPayloads.GUILD, DiscordPayloads.CHANNEL);
        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.slashCommandInGroup(recentId(), "token-f0",
                DiscordPayloads.DANA, "profile", "org", DataArray.empty().add(DiscordPayloads.option("org", 3, "Northside"))));
        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/token-f0").isEmpty());
        assertThat(organisationOfDana(channel)).isPresent();

        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.slashCommand(recentId(), "token-f1",
                DiscordPayloads.DANA, "forget-me", DataArray.empty()));
        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/token-f1").isEmpty());
        String question = DISCORD.calls("POST", "/webhooks/\\d+/token-f1").get(0).body();
        assertThat(question).contains("Erase everything about you?").contains("\"style\":4").contains("cop.cancel|");
        java.util.regex.Matcher confirm = java.util.regex.Pattern.compile("\"custom_id\":\"(cop\\.confirm\\|[^\"]+)\"")
                .matcher(question);
        assertThat(confirm.find()).as("the confirm button in %s", question).isTrue();

        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.buttonPress(recentId(), "token-f2",
                DiscordPayloads.SAM, confirm.group(1)));
        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/token-f2").isEmpty());
        assertThat(DISCORD.calls("POST", "/webhooks/\\d+/token-f2").get(0).body())
                .contains("was for the member who ran the command").contains("\"flags\":64");
        assertThat(organisationOfDana(channel)).isPresent();

        String pressId = recentId();
        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.buttonPress(pressId, "token-f3",
                DiscordPayloads.DANA, confirm.group(1)));
        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/token-f3").isEmpty());
        assertThat(DISCORD.calls("POST", "/interactions/" + pressId + "/token-f3/callback")).singleElement()
                .satisfies(call -> assertThat(call.body()).contains("\"type\":6"));
        assertThat(DISCORD.calls("POST", "/webhooks/\\d+/token-f3").get(0).body())
                .contains("Done: everything cop-checkin kept about you is erased").doesNotContain("Northside");
        assertThat(organisationOfDana(channel)).isEmpty();
    }

    private java.util.Optional<String> organisationOfDana(ChannelRef channel) {
        return members.find(communities.findOrCreate(channel), DiscordPayloads.DANA).flatMap(m -> m.organisation());
    }

    @Test
    void withoutEmbedLinksThePromptIsPostedAsPlainTextWithItsThread() {
        String interactionId = String.valueOf(TimeUtil.getDiscordTimestamp(System.currentTimeMillis()));
        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.slashCommand(interactionId, "token-plain",
                DiscordPayloads.ADMIN, DiscordPayloads.NO_EMBEDS_CHANNEL, "prompt",
                DataArray.empty().add(DiscordPayloads.option("kind", 3, "word"))));

        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/token-plain").isEmpty());
        assertThat(DISCORD.calls("POST", "/webhooks/\\d+/token-plain").get(0).body()).contains("Posted the word prompt");
        assertThat(DISCORD.calls("POST", "/channels/" + DiscordPayloads.NO_EMBEDS_CHANNEL + "/messages"))
                .isNotEmpty().allSatisfy(call -> {
                    DataObject sent = DataObject.fromJson(call.body());
                    assertThat(sent.getString("content", "")).contains("Check-in: one word");
                    assertThat(sent.optArray("embeds").map(DataArray::length).orElse(0)).isZero();
                });
        assertThat(DISCORD.calls("POST", "/channels/" + DiscordPayloads.NO_EMBEDS_CHANNEL + "/messages/\\d+/threads"))
                .hasSize(1);
    }

    @Test
    void aReplyGoesIntoAPromptThreadThatDiscordArchivedAndJdaNoLongerHolds() {
        ChannelRef channel = new ChannelRef(PlatformKind.DISCORD, DiscordPayloads.GUILD, DiscordPayloads.CHANNEL);
        String archivedId = DISCORD.nextId();
        DISCORD.archive(DiscordPayloads.CHANNEL, DiscordPayloads.thread(archivedId, "Check-in", false));

        platforms.of(PlatformKind.DISCORD).replyInThread(new org.copcheckin.platform.ThreadRef(channel, archivedId),
                Message.of("Shared in the thread", "A member shared a challenge about: housing"));

        assertThat(DISCORD.calls("GET", "/channels/200/threads/archived/public")).isNotEmpty();
        assertThat(DISCORD.calls("POST", "/channels/" + archivedId + "/messages")).singleElement()
                .satisfies(call -> assertThat(call.body()).contains("challenge about: housing"));

        String gone = DISCORD.nextId();
        assertThatThrownBy(() -> platforms.of(PlatformKind.DISCORD).replyInThread(
                new org.copcheckin.platform.ThreadRef(channel, gone), Message.of("Shared", "lost")))
                .isInstanceOf(org.copcheckin.platform.PlatformException.class)
                .hasMessageContaining("the thread was deleted or the bot cannot see it");
    }

    @Test
    void aMemberWhoseDirectMessagesAreClosedIsReportedInWordsAFacilitatorCanActOn() {
        ChannelRef channel = new ChannelRef(PlatformKind.DISCORD, DiscordPayloads.GUILD, DiscordPayloads.CHANNEL);
        DISCORD.refuseDirectMessagesTo(DiscordPayloads.RILEY);

        assertThatThrownBy(() -> platforms.of(PlatformKind.DISCORD).openPrivateConversation(channel,
                List.of(new MemberRef(PlatformKind.DISCORD, DiscordPayloads.GUILD, DiscordPayloads.RILEY)),
                Message.of("Say hello", "You are paired this round.")))
                .isInstanceOf(org.copcheckin.platform.PlatformException.class)
                .hasMessageContaining("does not accept direct messages from this server's members");
    }

    @Test
    void aReminderIsADirectMessageAfterQuietHoursInTheZoneSetWithProfileZoneAndARefusedOneIsOnlyCounted(
            CapturedOutput output) {
        org.copcheckin.community.Community community = communities.findOrCreate(
                new ChannelRef(PlatformKind.DISCORD, DiscordPayloads.GUILD, DiscordPayloads.CHANNEL));
        DISCORD.refuseDirectMessagesTo(DiscordPayloads.RILEY);
        // Riley may have left in another test of this class: back in the server for this one, and gone again after
        boolean rileyWasAway = !rileyIsHere();
        DISCORD.gateway().dispatch("GUILD_MEMBER_ADD", DiscordPayloads.member(DiscordPayloads.user(DiscordPayloads.RILEY,
                "Riley", false)).put("guild_id", DiscordPayloads.GUILD));
        await().atMost(WAIT).until(this::rileyIsHere);
        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.slashCommandInGroup(recentId(), "token-zone",
                DiscordPayloads.SAM, "profile", "zone", DataArray.empty().add(DiscordPayloads.option("zone", 3,
                        "Pacific/Kiritimati"))));
        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/token-zone").isEmpty());
        assertThat(DISCORD.calls("POST", "/webhooks/\\d+/token-zone").get(0).body())
                .contains("Your time zone is now Pacific/Kiritimati");
        org.copcheckin.checkins.CheckIn checkIn = checkIns.post(community, org.copcheckin.checkins.PromptKind.WORD,
                null, java.util.OptionalLong.empty());
        String threadId = checkIn.thread().threadId();
        DISCORD.gateway().dispatch("MESSAGE_CREATE", DiscordPayloads.message("9301", threadId,
                DiscordPayloads.user(DiscordPayloads.DANA, "Dana", false), "Hopeful", null));
        await().atMost(WAIT).until(() -> replyCount(threadId) == 1);
        // quiet hours around the due time in Kiritimati (UTC+14), ten hours on the clock from the channel's UTC
        java.time.Instant due = checkIn.postedAt().plus(Duration.ofHours(1)).plusSeconds(1);
        java.time.LocalTime kiritimati = due.atZone(java.time.ZoneId.of("Pacific/Kiritimati")).toLocalTime()
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        reminderSettings.turnOn(community.id(), new org.copcheckin.reminders.ReminderSetting(Duration.ofHours(1),
                org.copcheckin.reminders.QuietHours.parse(kiritimati.minusMinutes(30) + "-"
                        + kiritimati.plusMinutes(90)).orElseThrow()));
        int opened = DISCORD.calls("POST", "/users/@me/channels").size();
        try {
            assertThat(reminders.sweep(community, due)).as("Riley refuses direct messages; Sam is in quiet hours")
                    .isZero();
            assertThat(reminders.sweep(community, due.plus(Duration.ofMinutes(91)))).isEqualTo(1);
            assertThat(reminders.sweep(community, due.plus(Duration.ofHours(3)))).isZero();

            assertThat(DISCORD.calls("POST", "/users/@me/channels").subList(opened,
                    DISCORD.calls("POST", "/users/@me/channels").size()))
                    .extracting(call -> DataObject.fromJson(call.body()).getString("recipient_id"))
                    .as("not Dana, who replied, nor the admin").containsExactly(DiscordPayloads.RILEY, DiscordPayloads.SAM);
            List<StandInDiscord.Call> sent = DISCORD.calls("POST", "/channels/\\d+/messages").stream()
                    .filter(call -> call.body().contains("A gentle reminder")).toList();
            assertThat(sent).as("Riley's refused, Sam's delivered; neither in the channel or its thread").hasSize(2)
                    .allSatisfy(call -> assertThat(call.path()).doesNotContain("/" + DiscordPayloads.CHANNEL + "/")
                            .doesNotContain("/" + threadId + "/"))
                    .allSatisfy(call -> assertThat(call.body()).contains("/cop reminders off").doesNotContain("<@"));
            assertThat(reminders.latestOutcome(community, due.plus(Duration.ofHours(3))))
                    .contains(new org.copcheckin.reminders.ReminderOutcome(1, 1, 0));
            assertThat(reminders.latestOutcome(community, due.plus(Duration.ofHours(3))).orElseThrow().words())
                    .isEqualTo("1 reminder sent; 1 member does not accept direct messages from the bot (their privacy "
                            + "settings), so theirs was not delivered");
            assertThat(output.getAll()).contains("the member does not accept direct messages (error 50007)")
                    .contains("Sent 0 reminders for check-in " + checkIn.id() + " (1 refused by the platform, 0 failed)")
                    .doesNotContain("Riley");
        } finally {
            reminderSettings.turnOff(community.id());
            if (rileyWasAway) {
                DISCORD.gateway().dispatch("GUILD_MEMBER_REMOVE", DataObject.empty().put("guild_id",
                        DiscordPayloads.GUILD).put("user", DiscordPayloads.user(DiscordPayloads.RILEY, "Riley", false)));
                await().atMost(WAIT).until(() -> !rileyIsHere());
            }
        }
    }

    private boolean rileyIsHere() {
        return platforms.of(PlatformKind.DISCORD).listHumanMembers(new ChannelRef(PlatformKind.DISCORD,
                DiscordPayloads.GUILD, DiscordPayloads.CHANNEL)).stream()
                .anyMatch(member -> member.ref().userId().equals(DiscordPayloads.RILEY));
    }

    @Test
    void aCommandInADirectMessageGetsAClearPrivateAnswer() {
        String interactionId = String.valueOf(TimeUtil.getDiscordTimestamp(System.currentTimeMillis()));
        DISCORD.gateway().dispatch("INTERACTION_CREATE",
                DiscordPayloads.slashCommandInDirectMessage(interactionId, "token-3", DiscordPayloads.DANA));

        String callback = "/interactions/" + interactionId + "/token-3/callback";
        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", callback).isEmpty());
        assertThat(DISCORD.calls("POST", callback).get(0).body()).contains("\"type\":4").contains("\"flags\":64")
                .contains("server's text channels");
    }

    @Test
    void exportIsACsvFileAttachedToADirectMessage() {
        String interactionId = String.valueOf(TimeUtil.getDiscordTimestamp(System.currentTimeMillis()));
        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.slashCommand(interactionId, "token-export",
                DiscordPayloads.ADMIN, "export", DataArray.empty()));

        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/token-export").isEmpty());
        assertThat(DISCORD.calls("POST", "/webhooks/\\d+/token-export").get(0).body())
                .contains("Sent you the export as a file in a direct message");
        StandInDiscord.Call file = DISCORD.calls("POST", "/channels/\\d+/messages").stream()
                .filter(call -> call.body().contains("filename=\"cop-export-")).reduce((a, b) -> b).orElseThrow();
        assertThat(file.body()).contains(".csv").contains(TrendExport.HEADER)
                .contains("figures of at least 3 people (k)");
    }

    @Test
    void replyingMetInThePairsPrivateThreadCountsAsTheButton() {
        String interactionId = String.valueOf(TimeUtil.getDiscordTimestamp(System.currentTimeMillis()));
        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.slashCommand(interactionId, "token-pair",
                DiscordPayloads.ADMIN, "pair", DataArray.empty()));
        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/token-pair").isEmpty());
        await().atMost(WAIT).until(() -> newestGroup().isPresent());
        long group = newestGroup().orElseThrow();
        String thread = jdbc.sql("SELECT conversation_id FROM pairing_group WHERE id = ?").param(group)
                .query(String.class).single();
        String member = jdbc.sql("SELECT user_id FROM pairing_group_member WHERE group_id = ? ORDER BY user_id")
                .param(group).query(String.class).list().get(0);

        DISCORD.gateway().dispatch("MESSAGE_CREATE", DiscordPayloads.message(String.valueOf(TimeUtil
                .getDiscordTimestamp(System.currentTimeMillis())), thread, DiscordPayloads.user(member, "Member", false),
                "met", null));

        await().atMost(WAIT).until(() -> jdbc.sql("SELECT COUNT(*) FROM pairing_answer WHERE group_id = ? AND "
                + "user_id = ?").params(group, member).query(Integer.class).single() == 1);
    }

    private java.util.Optional<Long> newestGroup() {
        return jdbc.sql("SELECT MAX(id) FROM pairing_group WHERE conversation_id IS NOT NULL").query(Long.class)
                .optional();
    }

    @Test
    void aPairGetsAPrivateThreadWithBothMembersAdded() {
        ChannelRef channel = new ChannelRef(PlatformKind.DISCORD, DiscordPayloads.GUILD, DiscordPayloads.CHANNEL);
        List<MemberRef> pair = List.of(new MemberRef(PlatformKind.DISCORD, DiscordPayloads.GUILD, DiscordPayloads.DANA),
                new MemberRef(PlatformKind.DISCORD, DiscordPayloads.GUILD, DiscordPayloads.SAM));

        ChannelRef conversation = platforms.of(PlatformKind.DISCORD).openPrivateConversation(channel, pair,
                Message.of("Say hello", "You two are paired this round."));

        assertThat(DISCORD.calls("POST", "/channels/200/threads")).singleElement()
                .satisfies(call -> assertThat(call.body()).contains("\"type\":12"));
        assertThat(DISCORD.calls("PUT", "/channels/" + conversation.channelId() + "/thread-members/\\d+"))
                .extracting(call -> call.path().substring(call.path().lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder(DiscordPayloads.DANA, DiscordPayloads.SAM);
        assertThat(DISCORD.calls("POST", "/channels/" + conversation.channelId() + "/messages")).singleElement()
                .satisfies(call -> assertThat(call.body()).contains("paired this round"));
    }

    @Test
    void aMemberWhoLeavesTheServerLeavesItsCommunities() {
        ChannelRef channel = new ChannelRef(PlatformKind.DISCORD, DiscordPayloads.GUILD, DiscordPayloads.CHANNEL);
        communities.findOrCreate(channel);

        DISCORD.gateway().dispatch("GUILD_MEMBER_REMOVE", DataObject.empty().put("guild_id", DiscordPayloads.GUILD)
                .put("user", DiscordPayloads.user(DiscordPayloads.RILEY, "Riley", false)));

        MemberLeft left = new MemberLeft(channel, new MemberRef(PlatformKind.DISCORD, DiscordPayloads.GUILD,
                DiscordPayloads.RILEY));
        await().atMost(WAIT).until(() -> membersWhoLeft.seen.contains(left));
        assertThat(platforms.of(PlatformKind.DISCORD).listHumanMembers(channel))
                .extracting(member -> member.ref().userId())
                .containsExactlyInAnyOrder(DiscordPayloads.ADMIN, DiscordPayloads.DANA, DiscordPayloads.SAM);
    }

    @Test
    void theFacilitatorRoleIsFollowedByIdSoARenamedRoleStillCountsAndANewRoleWithItsOldNameDoesNot() {
        // resolved once, when the server was ready: the role named like DISCORD_FACILITATOR_ROLE, by id
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT role_id FROM discord_facilitator_role WHERE guild_id = ?")
                .param(DiscordPayloads.GUILD).query(String.class).optional()
                .filter(DiscordPayloads.FACILITATOR_ROLE::equals).isPresent());
        DataArray facilitatorRole = DataArray.empty().add(DiscordPayloads.FACILITATOR_ROLE);
        assertThat(help("token-role-1", DiscordPayloads.DANA, facilitatorRole)).contains("You are a **facilitator**");

        DISCORD.gateway().dispatch("GUILD_ROLE_UPDATE", DataObject.empty().put("guild_id", DiscordPayloads.GUILD)
                .put("role", DiscordPayloads.role(DiscordPayloads.FACILITATOR_ROLE, "Leads", 0, 1)));
        assertThat(help("token-role-2", DiscordPayloads.DANA, facilitatorRole)).contains("You are a **facilitator**");

        // someone who may create roles makes a new one with the old name and gives it to themselves
        DISCORD.gateway().dispatch("GUILD_ROLE_CREATE", DataObject.empty().put("guild_id", DiscordPayloads.GUILD)
                .put("role", DiscordPayloads.role("600", "Facilitator", 0, 2)));
        assertThat(help("token-role-3", DiscordPayloads.SAM, DataArray.empty().add("600")))
                .contains("You are a **member**").doesNotContain("You are a **facilitator**");
        assertThat(help("token-role-4", DiscordPayloads.DANA, facilitatorRole)).contains("You are a **facilitator**");
    }

    /** {@code /cop help} from a member holding {@code roles}; the private answer's text. */
    private String help(String token, String callerId, DataArray roles) {
        String interactionId = String.valueOf(TimeUtil.getDiscordTimestamp(System.currentTimeMillis()));
        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.slashCommand(interactionId, token, callerId,
                DiscordPayloads.CHANNEL, "help", DataArray.empty(), roles));
        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/" + token).isEmpty());
        return DISCORD.calls("POST", "/webhooks/\\d+/" + token).get(0).body();
    }

    @Test
    void aServerThatRemovesTheBotIsRecordedForPurgingAndForgivenWhenItComesBack() {
        DISCORD.gateway().dispatch("GUILD_DELETE", DataObject.empty().put("id", DiscordPayloads.GUILD));

        await().atMost(WAIT).until(() -> tenantRemovals() == 1);

        DISCORD.gateway().dispatch("GUILD_CREATE", DiscordPayloads.guild());

        await().atMost(WAIT).until(() -> tenantRemovals() == 0);
    }

    private int tenantRemovals() {
        return jdbc.sql("SELECT COUNT(*) FROM tenant_removal WHERE platform = 'DISCORD' AND workspace_id = ?")
                .param(DiscordPayloads.GUILD).query(Integer.class).single();
    }

    private static int repeatedDeliveries(CapturedOutput output) {
        return output.getOut().split("Ignored a (concurrent )?repeated delivery", -1).length - 1;
    }

    private static StandInDiscord.Call last(List<StandInDiscord.Call> calls) {
        return calls.get(calls.size() - 1);
    }

    private int replyCount(String threadId) {
        // -1 until the check-in exists
        return jdbc.sql("SELECT CASE WHEN EXISTS (SELECT 1 FROM checkin WHERE thread_id = ?) THEN (SELECT COUNT(*) "
                        + "FROM reply_receipt r JOIN checkin c ON c.id = r.checkin_id WHERE c.thread_id = ?) ELSE -1 END")
                .params(threadId, threadId).query(Integer.class).single();
    }

    private int receipts(String threadId) {
        return jdbc.sql("SELECT COUNT(*) FROM reply_receipt r JOIN checkin c ON c.id = r.checkin_id WHERE c.thread_id = ?")
                .param(threadId).query(Integer.class).single();
    }
}
