package org.copcheckin.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.pairing.PairingFixtures.byFacilitator;
import static org.copcheckin.pairing.PairingFixtures.byMember;
import static org.copcheckin.pairing.PairingFixtures.channelMembers;
import static org.copcheckin.pairing.PairingFixtures.freshChannel;

import java.time.Duration;
import java.util.List;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Members;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.CommandInvoked;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** Confirmations: forget-me and a second pairing round the same day ask first, and only a valid answer acts. */
@CoreSpringTest
class ConfirmationsTest {

    @Autowired
    CommandHandler handler;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    Communities communities;
    @Autowired
    Members members;
    @Autowired
    MutableClock clock;

    ChannelRef channel;

    @BeforeEach
    void freshChannelAndPlatform() {
        platform.reset();
        channel = freshChannel();
        platform.setMembers(channel, channelMembers("U-ANA", "U-BEN", "U-CHEN", "U-DEV"));
    }

    @AfterEach
    void platformWorksAgain() {
        platform.failWith(null);
    }

    @Test
    void forgetMeAsksFirstAndErasesNothingUntilTheCallerConfirms() {
        handler.handle(byMember(channel, "U-ANA", "profile org Northside Schools"));

        Reply reply = handler.handle(byMember(channel, "U-ANA", "forget-me"));

        Reply.Confirm confirm = (Reply.Confirm) reply;
        assertThat(confirm.plainText()).contains("Erase everything about you?").contains("cannot be undone");
        assertThat(confirm.confirmLabel()).isEqualTo("Yes, erase everything");
        assertThat(confirm.token()).as("the token names nobody").doesNotContain("U-ANA").doesNotContain(channel.channelId());
        assertThat(organisation("U-ANA")).isTrue();

        press("U-ANA", Reply.Confirm.CONFIRM, confirm.token());

        assertThat(lastAnswerTo("U-ANA")).startsWith("Done").contains("pairing preferences and organisation (with its region, offers and directory listing): ")
                .doesNotContain("Northside");
        assertThat(organisation("U-ANA")).isFalse();
    }

    @Test
    void aConfirmationPressedByAnotherMemberDoesNothingAndSaysWhy() {
        handler.handle(byMember(channel, "U-ANA", "profile org Northside Schools"));
        Reply.Confirm confirm = (Reply.Confirm) handler.handle(byMember(channel, "U-ANA", "forget-me"));

        press("U-BEN", Reply.Confirm.CONFIRM, confirm.token());

        assertThat(lastAnswerTo("U-BEN")).contains("was for the member who ran the command").contains("nothing was done");
        assertThat(organisation("U-ANA")).isTrue();
        press("U-ANA", Reply.Confirm.CONFIRM, confirm.token());
        assertThat(organisation("U-ANA")).as("the other member's press did not use it up").isFalse();
    }

    @Test
    void aForgedOrAlteredConfirmationDoesNothing() {
        handler.handle(byMember(channel, "U-ANA", "profile org Northside Schools"));
        String token = ((Reply.Confirm) handler.handle(byMember(channel, "U-ANA", "forget-me"))).token();
        String[] parts = token.split("\\.");
        parts[0] = "pair";

        press("U-ANA", Reply.Confirm.CONFIRM, String.join(".", parts));
        assertThat(lastAnswerTo("U-ANA")).contains("not one cop-checkin gave in this channel");
        press("U-ANA", Reply.Confirm.CONFIRM, "forget-me..1.abc.def.ghi");
        assertThat(lastAnswerTo("U-ANA")).contains("not one cop-checkin gave in this channel");
        press("U-ANA", Reply.Confirm.CONFIRM, null);
        assertThat(lastAnswerTo("U-ANA")).contains("not one cop-checkin gave in this channel");
        ChannelRef elsewhere = freshChannel();
        events.publishEvent(new ButtonPressed(elsewhere, elsewhere.member("U-ANA"), Reply.Confirm.CONFIRM, token));
        assertThat(lastAnswerTo("U-ANA")).as("pressed in another channel").contains("not one cop-checkin gave");

        assertThat(organisation("U-ANA")).isTrue();
    }

    @Test
    void aStaleConfirmationDoesNothingAndSaysWhy() {
        handler.handle(byMember(channel, "U-ANA", "profile org Northside Schools"));
        Reply.Confirm confirm = (Reply.Confirm) handler.handle(byMember(channel, "U-ANA", "forget-me"));
        clock.advance(Duration.ofMinutes(11));

        press("U-ANA", Reply.Confirm.CONFIRM, confirm.token());

        assertThat(lastAnswerTo("U-ANA")).contains("has expired").contains("10 minutes");
        assertThat(organisation("U-ANA")).isTrue();
    }

    @Test
    void aConfirmationWorksOnceAndCancelUsesItUpWithoutActing() {
        handler.handle(byMember(channel, "U-ANA", "profile org Northside Schools"));
        Reply.Confirm cancelled = (Reply.Confirm) handler.handle(byMember(channel, "U-ANA", "forget-me"));

        press("U-ANA", Reply.Confirm.CANCEL, cancelled.token());
        assertThat(lastAnswerTo("U-ANA")).isEqualTo("Cancelled: nothing was done.");
        press("U-ANA", Reply.Confirm.CONFIRM, cancelled.token());
        assertThat(lastAnswerTo("U-ANA")).contains("already used");
        assertThat(organisation("U-ANA")).isTrue();

        Reply.Confirm confirm = (Reply.Confirm) handler.handle(byMember(channel, "U-ANA", "forget-me"));
        press("U-ANA", Reply.Confirm.CONFIRM, confirm.token());
        press("U-ANA", Reply.Confirm.CONFIRM, confirm.token());
        assertThat(lastAnswerTo("U-ANA")).contains("already used");
        assertThat(platform.sent("ephemeral")).filteredOn(sent -> sent.message().plainText().startsWith("Done"))
                .hasSize(1);
    }

    @Test
    void pairAgainWithinADayOfARoundAsksAndRunsOnlyWhenConfirmed() {
        handler.handle(byFacilitator(channel, "pair"));
        assertThat(platform.sent("private")).hasSize(2);

        Reply again = handler.handle(byFacilitator(channel, "pair size 3"));

        assertThat(again).isInstanceOf(Reply.Confirm.class);
        assertThat(again.plainText()).startsWith("Another pairing round?").contains("introduced 2 groups");
        assertThat(platform.sent("private")).as("nothing sent before the answer").hasSize(2);
        CommandInvoked facilitator = byFacilitator(channel, "pair");
        press(facilitator.caller().userId(), Reply.Confirm.CONFIRM, ((Reply.Confirm) again).token());
        assertThat(lastAnswerTo(facilitator.caller().userId())).startsWith("Pairing round #").contains("Introduced");
        assertThat(platform.sent("private")).hasSizeGreaterThan(2);

        clock.advance(Duration.ofHours(25));
        assertThat(handler.handle(byFacilitator(channel, "pair"))).as("a day later").isInstanceOf(Reply.Answer.class);
    }

    @Test
    void pairAfterAFailedRoundDoesNotAsk() {
        platform.failWith(new PlatformException("slack is down"));
        assertThat(handler.handle(byFacilitator(channel, "pair")).plainText()).contains("Nothing was sent");
        platform.failWith(null);

        assertThat(handler.handle(byFacilitator(channel, "pair"))).isInstanceOf(Reply.Answer.class);
        assertThat(handler.handle(byFacilitator(channel, "pair preview"))).isInstanceOf(Reply.Answer.class);
    }

    private void press(String userId, String action, String token) {
        events.publishEvent(new ButtonPressed(channel, channel.member(userId), action, token));
    }

    private String lastAnswerTo(String userId) {
        List<RecordingChatPlatform.Sent> answers = platform.sent("ephemeral").stream()
                .filter(sent -> sent.target().equals(userId)).toList();
        return answers.get(answers.size() - 1).message().plainText();
    }

    private boolean organisation(String userId) {
        return members.find(communities.findOrCreate(channel), userId).flatMap(m -> m.organisation()).isPresent();
    }
}
