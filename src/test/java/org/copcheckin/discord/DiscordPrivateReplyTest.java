package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copcheckin.discord.DiscordWiring.recentId;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.dv8tion.jda.api.utils.data.DataObject;
import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PrivateReplySettings;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.insights.PrivateThemeNotes;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.DatabaseScan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A prompt's <em>Reply privately</em> button with the real JDA client against the stand-in Discord: the press is
 * answered with a modal carrying the signed token, the modal's submission is acknowledged ephemerally, goes
 * through the same intake as a thread reply and counts once however often it comes, the member alone sees what
 * was counted, nothing is posted (the themes alone, once k members replied privately, when the facilitator turned
 * that on), and no name or word of the answer reaches the database or the logs.
 */
@CoreSpringTest
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class DiscordPrivateReplyTest {

    private static final StandInDiscord DISCORD = StandInDiscord.start();
    private static final Duration WAIT = DiscordWiring.WAIT;
    private static final Pattern MODAL_ID = Pattern.compile("\"custom_id\":\"(cop_reply_private\\|[^\"]+)\"");
    private static final String DISCLOSURE = "Tran and her mum Marisol were evicted, the landlord wants the "
            + "apartment back. Call Marisol on 206-555-0199 or marisol.nguyen@example.org";

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        DiscordWiring.oneServer(registry, DISCORD);
    }

    @Autowired
    PrivateThemeNotes notes;
    @Autowired
    java.time.Clock clock;
    @Autowired
    @Qualifier("discord")
    HealthIndicator health;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Communities communities;
    @Autowired
    CheckIns checkIns;
    @Autowired
    PrivateReplySettings settings;
    @Autowired
    CommunityLanguages languages;

    /** Closes the stand-in with the context, after the Discord client has shut down, not before. */
    @TestConfiguration(proxyBeanMethods = false)
    static class StandInLifecycle {
        @Bean(destroyMethod = "close")
        StandInDiscord standInDiscord() {
            return DISCORD;
        }
    }

    @BeforeEach
    void connected() {
        DiscordWiring.awaitConnected(health, DISCORD);
    }

    @Test
    void theButtonOpensAModalWhoseAnswerIsCountedOnceShownToItsAuthorAndNeverPostedOrKept(CapturedOutput output) {
        CheckIn checkIn = postCheckIn();
        String threadId = checkIn.thread().threadId();
        assertThat(DISCORD.calls("POST", "/channels/" + DiscordPayloads.CHANNEL + "/messages"))
                .anySatisfy(call -> assertThat(call.body()).contains("\"custom_id\":\"cop.reply_private|\"")
                        .contains("Reply privately"));

        String modalId = openModal(DiscordPayloads.DANA);
        assertThat(modalId).doesNotContain(DiscordPayloads.GUILD + "").doesNotContain("Dana");

        String answer = submit(DiscordPayloads.DANA, modalId, DISCLOSURE);
        assertThat(answer).contains("your private reply is counted").contains("Housing and landlords")
                .doesNotContain("Tran").doesNotContain("Marisol").doesNotContain("0199");
        assertThat(receipts(checkIn)).isEqualTo(1);

        // the same form submitted again (or delivered to a second session) is counted once
        assertThat(submit(DiscordPayloads.DANA, modalId, DISCLOSURE)).contains("already replied privately");
        assertThat(receipts(checkIn)).isEqualTo(1);
        // another member cannot use Dana's form, and a form altered by hand is refused
        assertThat(submit(DiscordPayloads.SAM, modalId, "housing")).contains("opened by another member");
        assertThat(submit(DiscordPayloads.SAM, modalId.replaceFirst("\\.[^.]+$", ".AAAAAAAAAAAAAAAAAAAAAA"),
                "housing")).contains("opened by another member");
        assertThat(submit(DiscordPayloads.DANA, modalId.replaceFirst("\\.[^.]+$", ".AAAAAAAAAAAAAAAAAAAAAA"),
                "housing")).contains("not one cop-checkin gave");
        assertThat(submit(DiscordPayloads.RILEY, openModal(DiscordPayloads.RILEY), "   "))
                .contains("Write a few words first");
        assertThat(receipts(checkIn)).isEqualTo(1);

        // nothing went to the thread, and nothing of the answer was kept or logged
        assertThat(DISCORD.calls("POST", "/channels/" + threadId + "/messages")).isEmpty();
        assertThat(DatabaseScan.findWords(jdbc, List.of("Tran", "Marisol", "Nguyen"))).isEmpty();
        assertThat(DatabaseScan.find(jdbc, List.of("206-555", "555-0199", "example.org", "evicted"))).isEmpty();
        assertThat(output.getAll()).doesNotContain("Marisol").doesNotContain("Tran ").doesNotContain("0199")
                .doesNotContain("evicted");
    }

    @Test
    void withPrivateThemesOnTheThreadGetsOneNoteADayAfterThePromptNeverOnePerReply() {
        CheckIn checkIn = postCheckIn();
        Community community = communities.find(checkIn.communityId()).orElseThrow();
        settings.setThemesInThread(community.id(), true);
        String threadId = checkIn.thread().threadId();
        List<String> members = List.of(DiscordPayloads.DANA, DiscordPayloads.SAM, DiscordPayloads.RILEY,
                DiscordPayloads.ADMIN);
        assertThat(community.kAnonymity()).isLessThan(members.size());

        for (int i = 0; i < community.kAnonymity(); i++) {
            assertThat(submit(members.get(i), openModal(members.get(i)), DISCLOSURE))
                    .contains("Nothing is posted now");
        }
        assertThat(notes.sweep(community, clock.instant())).isZero();
        assertThat(DISCORD.calls("POST", "/channels/" + threadId + "/messages")).as("nothing per submission").isEmpty();

        assertThat(notes.sweep(community, clock.instant().plus(PrivateThemeNotes.AFTER).plusSeconds(60)))
                .isEqualTo(1);
        await().atMost(WAIT).until(() -> DISCORD.calls("POST", "/channels/" + threadId + "/messages").size() == 1);
        assertThat(DISCORD.calls("POST", "/channels/" + threadId + "/messages").get(0).body())
                .contains("Members who replied privately to this check-in shared challenges about: Housing and "
                        + "landlords").doesNotContain("Marisol").doesNotContain("evicted").doesNotContain("landlord wants");
        assertThat(receipts(checkIn)).isEqualTo(community.kAnonymity());
    }

    @Test
    void inAFrenchOrSpanishCommunityTheModalAndARefusedFormComeInItsLanguage() {
        Community community = communities.findOrCreate(new ChannelRef(PlatformKind.DISCORD, DiscordPayloads.GUILD,
                DiscordPayloads.CHANNEL));
        String[][] cases = {{"fr", "Répondre en privé", "Votre réponse", "n’a pas été donné par cop-checkin"},
            {"es", "Responder en privado", "Su respuesta", "no lo dio cop-checkin"}};
        try {
            for (String[] c : cases) {
                languages.change(community.id(), Language.fromCode(c[0]).orElseThrow());
                postCheckIn();
                String body = modalBody(DiscordPayloads.DANA);
                assertThat(body).as(c[0]).contains("\"type\":9").contains("\"title\":\"" + c[1] + "\"")
                        .contains(c[2]).doesNotContain("Reply privately").doesNotContain("Your reply")
                        .doesNotContain("never posted");
                Matcher modal = MODAL_ID.matcher(body);
                assertThat(modal.find()).isTrue();
                String altered = modal.group(1).replaceFirst("\\.[^.]+$", ".AAAAAAAAAAAAAAAAAAAAAA");
                assertThat(submit(DiscordPayloads.DANA, altered, "housing")).as(c[0]).contains(c[3])
                        .doesNotContain("not one cop-checkin gave");
            }
        } finally {
            languages.change(community.id(), Language.EN);
        }
    }

    /** Presses the prompt's button as the member; returns the id of the modal Discord is asked to show. */
    private String openModal(String member) {
        String body = modalBody(member);
        assertThat(body).contains("\"type\":9").contains("Reply privately").contains("never posted");
        Matcher modal = MODAL_ID.matcher(body);
        assertThat(modal.find()).as("the modal's id in %s", body).isTrue();
        return modal.group(1);
    }

    /** Presses the prompt's button as the member; returns the interaction's answer (a modal, normally). */
    private String modalBody(String member) {
        String id = recentId();
        String token = "tok-open-" + id;
        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.buttonPressOnPrompt(id, token, member,
                lastPromptId(), "cop.reply_private|"));
        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/interactions/" + id + "/" + token + "/callback")
                .isEmpty());
        return DISCORD.calls("POST", "/interactions/" + id + "/" + token + "/callback").get(0).body();
    }

    /** Submits the modal as the member; returns the ephemeral answer the member got. */
    private String submit(String member, String modalId, String text) {
        String id = recentId();
        String token = "tok-submit-" + id;
        DISCORD.gateway().dispatch("INTERACTION_CREATE", DiscordPayloads.modalSubmit(id, token, member, modalId,
                PrivateReplyListener.INPUT_ID, text));
        await().atMost(WAIT).until(() -> !DISCORD.calls("POST", "/webhooks/\\d+/" + token).isEmpty());
        assertThat(DISCORD.calls("POST", "/interactions/" + id + "/" + token + "/callback")).singleElement()
                .satisfies(call -> assertThat(call.body()).contains("\"type\":5").contains("\"flags\":64"));
        String answer = DISCORD.calls("POST", "/webhooks/\\d+/" + token).get(0).body();
        assertThat(DataObject.fromJson(answer).getInt("flags", 0) & 64).as("ephemeral").isEqualTo(64);
        return answer;
    }

    private CheckIn postCheckIn() {
        Community community = communities.findOrCreate(new ChannelRef(PlatformKind.DISCORD, DiscordPayloads.GUILD,
                DiscordPayloads.CHANNEL));
        return checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
    }

    /** The prompt's last message, which carries the button and roots the thread. */
    private static String lastPromptId() {
        List<StandInDiscord.Call> threads = DISCORD.calls("POST", "/channels/\\d+/messages/\\d+/threads");
        return threads.get(threads.size() - 1).path().split("/")[4];
    }

    private int receipts(CheckIn checkIn) {
        return jdbc.sql("SELECT COUNT(*) FROM reply_receipt WHERE checkin_id = ?").param(checkIn.id())
                .query(Integer.class).single();
    }
}
