package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.PrivateReplyTokenFixtures;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.privacy.Pseudonyms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The modals of a French or Spanish community over signed Slack requests: the private reply's and the custom
 * prompt's titles, labels and buttons come from the bundles, and so do the refusals shown inside them (an expired
 * form, a blank prompt) and the confirmation's close button. The English words are gone.
 */
@SlackHttpTest
class SlackModalLanguagesTest extends SlackHttpChannel {

    private static final String FACILITATOR = "U-CONFIGURED";
    private static final String MEMBER = "U-LANG-ANA";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Pattern METADATA = Pattern.compile("\"private_metadata\":\"([^\"]+)\"");

    @Autowired
    CommunityLanguages languages;
    @Autowired
    Pseudonyms pseudonyms;
    @Autowired
    Clock clock;

    @BeforeEach
    void standIn() {
        SlackStandIn.stub(SlackStandIn.api("views.open"), "{\"ok\":true,\"view\":{\"id\":\"V-3\"}}");
    }

    @ParameterizedTest
    @CsvSource({"fr, Envoyer en privé, Votre réponse, Annuler, Fermer, resté ouvert plus de 12 heures",
            "es, Enviar en privado, Su respuesta, Cancelar, Cerrar, abierto más de 12 horas"})
    void thePrivateReplyModalItsConfirmationAndAnExpiredFormSpeakTheCommunitysLanguage(String code, String submit,
            String label, String cancel, String close, String expired) {
        Language language = Language.fromCode(code).orElseThrow();
        languages.change(community().id(), language);
        CheckIn checkIn = postCheckIn();

        String view = openPrivateForm();
        assertThat(view).contains("\"text\":\"" + language.text("private.title") + "\"").contains(submit)
                .contains(label).contains("\"text\":\"" + cancel + "\"")
                .doesNotContain("Send privately").doesNotContain("Your reply").doesNotContain("\"text\":\"Cancel\"")
                .doesNotContain("Reply privately");
        String metadata = metadata(view);

        HttpResponse<String> recorded = slack.interaction(submission(MEMBER, metadata, "Housing and rent"));
        assertThat(recorded.body()).contains("\"response_action\":\"update\"").contains("\"text\":\"" + close + "\"")
                .doesNotContain("\"text\":\"Close\"").doesNotContain("your private reply is counted");

        // a form older than its 12 hours: the token is genuine, the refusal in the language of the form's channel
        String old = PrivateReplyTokenFixtures.issuedAt(pseudonyms, checkIn,
                new MemberRef(PlatformKind.SLACK, TEAM, MEMBER), clock.instant().minus(Duration.ofHours(13)));
        String oldMetadata = metadata.substring(0, metadata.lastIndexOf('|') + 1) + old;
        HttpResponse<String> refused = slack.interaction(submission(MEMBER, oldMetadata, "Housing"));
        assertThat(refused.body()).contains("\"response_action\":\"errors\"").contains(expired)
                .doesNotContain("was open for more than");
    }

    @Test
    void aRecordedPrivateReplysConfirmationSpeaksTheCheckInsCommunitysLanguageNotTheMetadatasChannels() {
        languages.change(community().id(), Language.FR);
        postCheckIn();
        String metadata = metadata(openPrivateForm());
        // the metadata's channel is not vouched for by the token: here it names a Spanish community's channel
        String elsewhere = channel + "-ES";
        languages.change(communities.findOrCreate(new ChannelRef(PlatformKind.SLACK, TEAM, elsewhere)).id(),
                Language.ES);
        String token = metadata.substring(metadata.lastIndexOf('|') + 1);

        HttpResponse<String> recorded = slack.interaction(submission(MEMBER, TEAM + "|" + elsewhere + "|" + token,
                "Housing and rent"));
        assertThat(recorded.body()).contains("\"response_action\":\"update\"")
                .contains("\"text\":\"" + Language.FR.text("private.title") + "\"").contains("\"text\":\"Fermer\"")
                .doesNotContain(Language.ES.text("private.title")).doesNotContain("\"text\":\"Cerrar\"");
    }

    @ParameterizedTest
    @CsvSource({"fr, Invitation personnalisée, Publier, À quoi les membres, Écrivez l’invitation",
            "es, Pregunta personalizada, Publicar, ¿Qué deben responder, Escriba la pregunta"})
    void theCustomPromptModalAndItsRefusalSpeakTheCommunitysLanguage(String code, String title, String post,
            String label, String blank) {
        languages.change(community().id(), Language.fromCode(code).orElseThrow());

        slack.command(TEAM, channel, FACILITATOR, "prompt custom", SlackStandIn.responseUrl("modal-" + code));
        await().atMost(WAIT).until(() -> !SlackStandIn.calls("views.open").isEmpty());
        String view = decoded(SlackStandIn.calls("views.open").get(0).getBodyAsString());
        assertThat(view).contains("\"callback_id\":\"cop_prompt_custom\"").contains(title).contains(post)
                .contains(label).doesNotContain("Custom prompt").doesNotContain("What should members answer")
                .doesNotContain("\"text\":\"Post\"");

        HttpResponse<String> ack = slack.interaction(promptSubmission(FACILITATOR, "   "));
        assertThat(ack.body()).contains("\"response_action\":\"errors\"").contains(blank)
                .doesNotContain("Write the prompt");
    }

    private String openPrivateForm() {
        slack.interaction(SlackPayloads.buttonPress(TEAM, channel, MEMBER, "cop.reply_private", ""));
        await().atMost(WAIT).until(() -> !SlackStandIn.calls("views.open").isEmpty());
        return decoded(SlackStandIn.calls("views.open").get(0).getBodyAsString());
    }

    private static String metadata(String view) {
        Matcher metadata = METADATA.matcher(view);
        assertThat(metadata.find()).as("the modal's metadata in %s", view).isTrue();
        return metadata.group(1);
    }

    private static String submission(String user, String metadata, String text) {
        return SlackPayloads.viewSubmission(TEAM, user, PrivateReplyModal.CALLBACK_ID, metadata,
                PrivateReplyModal.BLOCK_ID, text);
    }

    private String promptSubmission(String user, String text) {
        return SlackPayloads.viewSubmission(TEAM, user, CustomPromptModal.CALLBACK_ID, TEAM + "|" + channel,
                CustomPromptModal.BLOCK_ID, text);
    }
}
