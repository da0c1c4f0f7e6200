package org.copcheckin.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.pairing.PairingFixtures.byFacilitator;
import static org.copcheckin.pairing.PairingFixtures.byMember;
import static org.copcheckin.pairing.PairingFixtures.channelMembers;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.copcheckin.community.Community;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.platform.RecordingChatPlatform.Sent;
import org.copcheckin.support.ConfirmButtons;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CoreSpringTest
class PairingRoundsTest extends PairingChannel {

    @Autowired
    PairingRounds rounds;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void groupsOfThreeAskedForAreNotCalledAFixForAnOddCount() {
        platform.setMembers(channel, channelMembers("U1", "U2", "U3", "U4", "U5", "U6"));

        String six = commands.handle(byFacilitator(channel, "pair size 3")).message().plainText();

        assertThat(six).contains("Introduced 2 of 2 groups", "Groups of three, as asked.")
                .doesNotContain("so nobody is left out");
        platform.reset();
        ChannelRef seven = PairingFixtures.freshChannel();
        platform.setMembers(seven, channelMembers("V1", "V2", "V3", "V4", "V5", "V6", "V7"));
        assertThat(commands.handle(byFacilitator(seven, "pair size 3")).message().plainText())
                .contains("Groups of three, as asked; 2 pairs for the rest, since the count does not divide by three");
    }

    @Test
    void anOddCountMakesOneTriadAndEveryGroupIsIntroducedPrivately() {
        platform.setMembers(channel, channelMembers("U1", "U2", "U3", "U4", "U5"));

        Message answer = commands.handle(byFacilitator(channel, "pair")).message();

        List<Sent> introductions = platform.sent("private");
        assertThat(introductions).hasSize(2);
        assertThat(introductions).extracting(sent -> sent.target().split(",").length).containsExactlyInAnyOrder(2, 3);
        assertThat(introducedMembers()).containsExactlyInAnyOrder("U1", "U2", "U3", "U4", "U5");
        assertThat(platform.sent("post")).isEmpty();
        assertThat(answer.plainText()).contains("Introduced 2 of 2 groups", "Group of three");
        assertThat(rounds.lastRound(community()).orElseThrow().outcome()).isEqualTo(RoundOutcome.DONE);
    }

    @Test
    void theIntroductionCarriesTheActivityAndADidYouMeetButton() {
        platform.setMembers(channel, channelMembers("U1", "U2"));

        commands.handle(byFacilitator(channel, "pair"));

        Message introduction = platform.sent("private").get(0).message();
        assertThat(introduction.plainText()).contains("shares a challenge", "one word", "why",
                "what sector trends or topics do these challenges speak to?", "don't name students",
                "reply 'met'", "/cop optout");
        assertThat(introduction.buttons()).singleElement().satisfies(button -> {
            assertThat(button.actionId()).isEqualTo("pairing.met");
            assertThat(Long.parseLong(button.value())).isPositive();
        });
    }

    @Test
    void onlyTheFirstRoundInACommunityExplainsHowToOptOut() {
        platform.setMembers(channel, channelMembers("U1", "U2", "U3", "U4"));

        commands.handle(byFacilitator(channel, "pair"));
        ConfirmButtons.confirmed(commands, events, platform, byFacilitator(channel, "pair"));

        List<Sent> introductions = platform.sent("private");
        assertThat(introductions).hasSize(4);
        assertThat(introductions.subList(0, 2)).allMatch(sent -> sent.message().plainText().contains("first pairing round"));
        assertThat(introductions.subList(2, 4)).noneMatch(sent -> sent.message().plainText().contains("first pairing round"));
    }

    @Test
    void optedOutAndPausedMembersAreLeftOutAndTheFacilitatorIsToldWhy() {
        platform.setMembers(channel, channelMembers("U1", "U2", "U3", "U4", "U5", "U6"));
        commands.handle(byMember(channel, "U2", "optout"));
        commands.handle(byMember(channel, "U3", "pause 2"));

        Message answer = commands.handle(byFacilitator(channel, "pair")).message();

        assertThat(introducedMembers()).containsExactlyInAnyOrder("U1", "U4", "U5", "U6");
        assertThat(answer.plainText()).contains("@U2 (opted out)", "@U3 (paused until");
    }

    @Test
    void aMemberWhosePauseEndedIsIncludedAgainAndToldOnce() {
        platform.setMembers(channel, channelMembers("U1", "U2", "U3"));
        commands.handle(byMember(channel, "U3", "pause 1"));
        clock.advance(Duration.ofDays(8));

        commands.handle(byFacilitator(channel, "pair"));
        ConfirmButtons.confirmed(commands, events, platform, byFacilitator(channel, "pair"));

        assertThat(platform.sent("private")).hasSize(2).allMatch(sent -> sent.target().contains("U3"));
        assertThat(platform.sent("ephemeral")).filteredOn(sent -> sent.message().plainText().contains("pause from pairing has ended"))
                .singleElement().extracting(Sent::target).isEqualTo("U3");
    }

    @Test
    void inAnOptInChannelOnlyMembersWhoJoinedArePaired() {
        platform.setMembers(channel, channelMembers("U1", "U2", "U3", "U4"));
        Community community = community();
        jdbc.sql("UPDATE community SET pairing_mode = 'OPT_IN' WHERE id = ?").param(community.id()).update();
        commands.handle(byMember(channel, "U1", "optin"));
        commands.handle(byMember(channel, "U2", "optin"));

        Message answer = commands.handle(byFacilitator(channel, "pair")).message();

        assertThat(introducedMembers()).containsExactlyInAnyOrder("U1", "U2");
        assertThat(answer.plainText()).contains("@U3 (has not joined pairing");
    }

    @Test
    void aChannelOfOneIsToldWhyNoRoundRan() {
        platform.setMembers(channel, channelMembers("U1"));

        Message answer = commands.handle(byFacilitator(channel, "pair")).message();

        assertThat(answer.plainText()).contains("No round ran", "only one member");
        assertThat(platform.sent("private")).isEmpty();
        RoundSummary last = rounds.lastRound(community()).orElseThrow();
        assertThat(last.outcome()).isEqualTo(RoundOutcome.SKIPPED);
        assertThat(last.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("only one member"));
    }

    @Test
    void aPreviewShowsTheGroupsPrivatelyWithoutSendingOrRecordingAnything() {
        platform.setMembers(channel, channelMembers("U1", "U2", "U3", "U4"));

        Message preview = commands.handle(byFacilitator(channel, "pair preview")).message();

        assertThat(preview.title()).contains("nothing was sent");
        assertThat(preview.plainText()).contains("@U1", "@U2", "@U3", "@U4");
        assertThat(platform.sent()).isEmpty();
        assertThat(rounds.lastRound(community())).isEmpty();
    }

    @Test
    void aPreviewTakesTheGroupSizeAndModeGoesAlone() {
        platform.setMembers(channel, channelMembers("U1", "U2", "U3", "U4", "U5", "U6"));

        Message triads = commands.handle(byFacilitator(channel, "pair preview size 3")).message();
        Message refused = commands.handle(byFacilitator(channel, "pair mode opt-in size 3")).message();

        assertThat(triads.title()).contains("nothing was sent");
        assertThat(triads.plainText()).contains("@U1", "@U6", "`/cop pair size 3` introduces these groups");
        assertThat(triads.plainText().lines().filter(line -> line.startsWith("•"))).hasSize(2);
        assertThat(refused.plainText()).contains("`mode` goes alone");
        assertThat(platform.sent()).isEmpty();
        assertThat(rounds.lastRound(community())).isEmpty();
    }

    @Test
    void theRoundAfterAPreviewMakesTheGroupsThePreviewShowed() {
        platform.setMembers(channel, channelMembers("U1", "U2", "U3", "U4", "U5", "U6"));

        RoundReport preview = rounds.preview(community(), 2);
        RoundReport round = rounds.run(community(), 2, RoundTrigger.manual());

        assertThat(round.groups()).isEqualTo(preview.groups());
    }

    @Test
    void whenTheMembersCannotBeListedTheRoundIsRecordedAsFailedAndShownInStatus() {
        platform.setMembers(channel, channelMembers("U1", "U2"));
        platform.failWith(new PlatformException("missing_scope"));

        Message answer = commands.handle(byFacilitator(channel, "pair")).message();

        assertThat(answer.plainText()).contains("could not run", "missing_scope", "Nothing was sent");
        assertThat(rounds.lastRound(community()).orElseThrow().outcome()).isEqualTo(RoundOutcome.FAILED);
        Message status = commands.handle(byFacilitator(channel, "status")).message();
        assertThat(status.plainText()).contains("Pairing", "failed", "missing_scope");
    }

    @Test
    void statusShowsTheLastPairingRound() {
        platform.setMembers(channel, channelMembers("U1", "U2", "U3", "U4"));
        commands.handle(byFacilitator(channel, "pair size 3"));

        Message status = commands.handle(byFacilitator(channel, "status")).message();

        assertThat(status.plainText()).contains("*Pairing*: last round #", "(manual) done (2 groups");
    }

    @Test
    void membersCannotRunPairingRounds() {
        platform.setMembers(channel, channelMembers("U1", "U2"));

        Message answer = commands.handle(byMember(channel, "U1", "pair")).message();

        assertThat(answer.plainText()).contains("only this channel's facilitators");
        assertThat(platform.sent("private")).isEmpty();
    }

    private Community community() {
        return communities.findOrCreate(channel);
    }

    private List<String> introducedMembers() {
        return platform.sent("private").stream().flatMap(sent -> Arrays.stream(sent.target().split(","))).toList();
    }
}
