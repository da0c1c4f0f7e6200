package org.copcheckin.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.pairing.PairingFixtures.byFacilitator;
import static org.copcheckin.pairing.PairingFixtures.byMember;
import static org.copcheckin.pairing.PairingFixtures.channelMembers;
import static org.copcheckin.pairing.PairingFixtures.member;

import org.copcheckin.community.PairingMode;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.Message;
import org.copcheckin.support.CoreSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An opt-in community: the announcement, joining by its button, and switching back to opt-out. */
@CoreSpringTest
class OptInPairingTest extends PairingChannel {

    @BeforeEach
    void fourMembers() {
        platform.setMembers(channel, channelMembers("U1", "U2", "U3", "U4"));
    }

    @Test
    void inAnOptInChannelOnlyMembersWhoPressJoinArePaired() {
        String answer = commands.handle(byFacilitator(channel, "pair mode opt-in")).plainText();
        assertThat(answer).contains("now opt-in").contains("Join pairing");
        assertThat(communities.find(channel).orElseThrow().pairingMode()).isEqualTo(PairingMode.OPT_IN);
        Message announcement = platform.sent("post").get(0).message();
        Message.Button join = announcement.buttons().get(0);
        assertThat(join.label()).isEqualTo("Join pairing");

        events.publishEvent(new ButtonPressed(channel, member("U1"), join.actionId(), join.value()));
        events.publishEvent(new ButtonPressed(channel, member("U2"), join.actionId(), join.value()));
        assertThat(platform.sent("ephemeral")).extracting(sent -> sent.message().plainText())
                .allMatch(text -> text.startsWith("You're in"));

        platform.reset();
        platform.setMembers(channel, channelMembers("U1", "U2", "U3", "U4"));
        String round = commands.handle(byFacilitator(channel, "pair")).plainText();
        assertThat(platform.sent("private")).singleElement()
                .satisfies(sent -> assertThat(sent.target()).contains("U1").contains("U2"));
        assertThat(round).contains("has not joined pairing");
    }

    @Test
    void switchingBackToOptOutPairsEveryoneWhoHasNotOptedOut() {
        commands.handle(byFacilitator(channel, "pair mode opt-in"));
        commands.handle(byMember(channel, "U4", "optout"));
        assertThat(commands.handle(byFacilitator(channel, "pair mode opt-in")).plainText()).contains("already is opt-in");

        assertThat(commands.handle(byFacilitator(channel, "pair mode opt-out")).plainText()).contains("now opt-out");
        platform.reset();
        platform.setMembers(channel, channelMembers("U1", "U2", "U3", "U4"));
        commands.handle(byFacilitator(channel, "pair"));
        assertThat(platform.sent("private")).singleElement()
                .satisfies(sent -> assertThat(sent.target()).contains("U1").contains("U2").contains("U3"));
    }

    @Test
    void aMemberCannotChangeTheMode() {
        assertThat(commands.handle(byMember(channel, "U1", "pair mode opt-in")).plainText()).contains("Sorry");
        assertThat(communities.find(channel)).hasValueSatisfying(c -> assertThat(c.pairingMode()).isEqualTo(PairingMode.OPT_OUT));
    }
}
