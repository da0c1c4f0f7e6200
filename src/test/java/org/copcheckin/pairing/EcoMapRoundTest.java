package org.copcheckin.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.pairing.PairingFixtures.byFacilitator;
import static org.copcheckin.pairing.PairingFixtures.byMember;
import static org.copcheckin.pairing.PairingFixtures.channelMembers;

import java.util.List;

import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.RecordingChatPlatform.Sent;
import org.copcheckin.support.CoreSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /cop pair ecomap} end to end: groups by region across organisations, the exercise and its button. */
@CoreSpringTest
class EcoMapRoundTest extends PairingChannel {

    @Autowired
    JdbcClient jdbc;

    private void profile(String userId, String org, String region) {
        commands.handle(byMember(channel, userId, "profile org " + org));
        if (region != null) {
            commands.handle(byMember(channel, userId, "profile region " + region));
        }
    }

    @Test
    void anEcoMapRoundGroupsEachRegionAcrossOrganisationsWithTheExerciseAndTellsTheFacilitatorWhoHadNoRegion() {
        platform.setMembers(channel, channelMembers("E1", "E2", "E3", "N1", "N2", "N3", "Z1"));
        profile("E1", "Eastside Shelter", "East County");
        profile("E2", "Lincoln Schools", "East County");
        profile("E3", "County Clinic", "East County");
        profile("N1", "Northside Youth", "North Valley");
        profile("N2", "Valley Food", "North Valley");
        profile("N3", "North Clinic", "North Valley");
        profile("Z1", "Nowhere Org", null);
        commands.handle(byMember(channel, "Z1", "optout"));

        String preview = commands.handle(byFacilitator(channel, "pair ecomap preview")).plainText();
        assertThat(preview).contains("Eco-map preview: nothing was sent");
        assertThat(platform.sent("private")).isEmpty();

        String answer = commands.handle(byFacilitator(channel, "pair ecomap")).plainText();

        assertThat(answer).contains("Eco-map round #", "Introduced 2 of 2 groups", "@Z1 (opted out)");
        List<Sent> introductions = platform.sent("private");
        assertThat(introductions).extracting(Sent::target).allSatisfy(target -> assertThat(target.split(","))
                .hasSize(3));
        assertThat(introductions).extracting(sent -> sent.target().replaceAll("[0-9]", "").replace("N,E", "E,N"))
                .containsExactlyInAnyOrder("E,E,E", "N,N,N");
        Message east = introductions.stream().filter(sent -> sent.target().startsWith("E")).findFirst().orElseThrow()
                .message();
        assertThat(east.plainText()).contains("eco-map", "*East County*", "Chart the resources of East County",
                "who serves whom", "Find the gaps", "don't name students, families or clients");
        assertThat(east.buttons()).extracting(Message.Button::actionId).containsExactly("pairing.met", "directory.add");
        assertThat(east.buttons().get(1).value()).isEqualTo("East County");
        assertThat(jdbc.sql("SELECT region FROM pairing_group g JOIN pairing_round r ON r.id = g.round_id "
                + "WHERE r.activity = 'ECOMAP' ORDER BY g.id DESC FETCH FIRST 2 ROWS ONLY").query(String.class).list())
                .containsExactlyInAnyOrder("East County", "North Valley");
    }

    @Test
    void membersWithoutARegionAreGroupedTogetherAndTheFacilitatorIsTold() {
        platform.setMembers(channel, channelMembers("E1", "E2", "Q1", "Q2"));
        profile("E1", "Eastside Shelter", "East County");
        profile("E2", "Lincoln Schools", "East County");

        String answer = commands.handle(byFacilitator(channel, "pair ecomap size 2")).plainText();

        assertThat(answer).contains("No region given (@Q1, @Q2): grouped together", "/cop profile region");
        assertThat(platform.sent("private")).extracting(sent -> String.join(",", java.util.Arrays.stream(
                sent.target().split(",")).sorted().toList())).containsExactlyInAnyOrder("E1,E2", "Q1,Q2");
        Message mixed = platform.sent("private").stream().filter(sent -> sent.target().startsWith("Q")).findFirst()
                .orElseThrow().message();
        assertThat(mixed.plainText()).contains("Chart the resources of your areas");
    }

    @Test
    void theAddToDirectoryButtonAnswersWithTheCommandFilledInWithTheRegion() {
        events.publishEvent(new ButtonPressed(channel, PairingFixtures.member("E1"), "directory.add", "East County"));

        assertThat(platform.sent("ephemeral")).singleElement().satisfies(sent -> assertThat(sent.message().plainText())
                .contains("/cop partners add <organisation> | East County | <what it offers> | <public contact line>"));
        assertThat(commands.handle(byMember(channel, "E1", "partners add Westside Food Bank | East County | food | "
                + "westside.example.org")).plainText()).contains("is in the directory");
        assertThat(commands.handle(byMember(channel, "E2", "partners food East County")).plainText())
                .contains("Westside Food Bank");
    }

    @Test
    void ecomapIsARoundNotAMode() {
        assertThat(commands.handle(byFacilitator(channel, "pair mode opt-in ecomap")).plainText())
                .contains("a kind of round, not a mode");
    }
}
