package org.copcheckin.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.pairing.PairingFixtures.byFacilitator;
import static org.copcheckin.pairing.PairingFixtures.byMember;
import static org.copcheckin.pairing.PairingFixtures.channelMembers;

import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.support.CoreSpringTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A French or Spanish community's pairing rounds end to end: why members are left out, the notes on members without
 * a region, why no round ran, and the add-to-directory button's answer come in its language; the English is gone.
 */
@CoreSpringTest
class PairingLanguagesTest extends PairingChannel {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "fr; Aucune région indiquée (@Q1, @Q2) : groupées ensemble; @Z1 (a quitté le jumelage); `/cop profile region <région>`",
        "es; Sin región indicada (@Q1, @Q2): agrupados juntos; @Z1 (se retiró de las parejas); `/cop profile region <región>`"})
    void anEcoMapRoundsNotesAndLeftOutReasonsComeInTheCommunitysLanguage(String code, String note, String leftOut,
                                                                         String hint) {
        commands.handle(byFacilitator(channel, "settings language " + code));
        platform.setMembers(channel, channelMembers("E1", "E2", "Q1", "Q2", "Z1"));
        commands.handle(byMember(channel, "E1", "profile region East County"));
        commands.handle(byMember(channel, "E2", "profile region East County"));
        commands.handle(byMember(channel, "Z1", "optout"));

        String answer = commands.handle(byFacilitator(channel, "pair ecomap size 2")).plainText();

        assertThat(answer).contains(note, leftOut, hint).doesNotContain("No region given").doesNotContain("grouped")
                .doesNotContain("opted out").doesNotContain("<region>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "fr; une seule personne est disponible pour le jumelage; en pause jusqu’au",
        "es; solo hay una persona disponible para formar parejas; en pausa hasta el"})
    void whyNoRoundRanAndAPausedMemberComeInTheCommunitysLanguage(String code, String alone, String paused) {
        commands.handle(byFacilitator(channel, "settings language " + code));
        platform.setMembers(channel, channelMembers("A1", "P1"));
        commands.handle(byMember(channel, "P1", "pause 2"));

        String answer = commands.handle(byFacilitator(channel, "pair")).plainText();

        assertThat(answer).contains(alone, "@P1 (" + paused).doesNotContain("only one member")
                .doesNotContain("paused until");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "fr; /cop partners add <organisme> | Basse-Ville | <ce qu’il offre> | <coordonnées publiques>; Envoyez ceci",
        "es; /cop partners add <organización> | Basse-Ville | <lo que ofrece> | <contacto público>; Envíe esto"})
    void theAddToDirectoryButtonAnswersInTheCommunitysLanguage(String code, String command, String send) {
        commands.handle(byFacilitator(channel, "settings language " + code));

        events.publishEvent(new ButtonPressed(channel, PairingFixtures.member("E1"), "directory.add", "Basse-Ville"));

        assertThat(platform.sent("ephemeral")).singleElement().satisfies(sent -> assertThat(sent.message().plainText())
                .contains(command, send).doesNotContain("Send this").doesNotContain("What it offers")
                .doesNotContain("<organisation>"));
    }
}
