package org.copcheckin.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.adminCommand;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.command;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Members;
import org.copcheckin.community.PairingPreference;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.support.CoreSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CoreSpringTest
class CommandHandlerTest {

    @Autowired
    CommandHandler handler;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    Communities communities;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;

    private final ChannelRef channel = channel("C-" + System.nanoTime());

    @AfterEach
    void reset() {
        platform.reset();
    }

    private String answer(String userId, String text) {
        return handler.handle(command(channel, userId, text)).plainText();
    }

    private String adminAnswer(String text) {
        return handler.handle(adminCommand(channel, "U-ADMIN", text)).plainText();
    }

    @Test
    void helpTellsTheCallerTheirRole() {
        assertThat(answer("U-MEMBER", "help")).contains("You are a *member*").doesNotContain("Facilitator commands");
        assertThat(adminAnswer("help")).contains("You are a *facilitator*").contains("/cop schedule add");
    }

    @Test
    void aFacilitatorPostsAPromptThatRemindsMembersNotToNameFamilies() {
        assertThat(adminAnswer("prompt challenge")).contains("Posted the challenge prompt");
        assertThat(platform.sent("post")).singleElement().satisfies(post ->
                assertThat(post.message().plainText()).contains("one challenge").contains("don't name students, families"));
        Integer checkIns = jdbc.sql("SELECT COUNT(*) FROM checkin c JOIN community m ON m.id = c.community_id "
                + "WHERE m.channel_id = ?").param(channel.channelId()).query(Integer.class).single();
        assertThat(checkIns).isEqualTo(1);
    }

    @Test
    void aMemberIsRefusedPolitelyAndNothingIsPosted() {
        assertThat(answer("U-MEMBER", "prompt word")).contains("Sorry, only this channel's facilitators");
        assertThat(platform.sent()).isEmpty();
    }

    @Test
    void facilitatorsComeFromTheSettingFromFacilitatorAddAndFromThePlatform() {
        assertThat(answer("U-CONFIGURED", "status")).contains("Community time zone");
        assertThat(answer("U-NEW", "status")).contains("Sorry");
        assertThat(adminAnswer("facilitator add <@U-NEW>")).contains("@U-NEW is now a facilitator");
        assertThat(answer("U-NEW", "status")).contains("Community time zone");
        assertThat(adminAnswer("facilitator add <@U-NEW>")).contains("already is a facilitator");
        assertThat(adminAnswer("facilitator remove <@U-NEW>")).contains("no longer a facilitator");
        assertThat(answer("U-NEW", "status")).contains("Sorry");
        assertThat(adminAnswer("facilitator remove <@U-CONFIGURED>")).contains("COP_FACILITATORS");
    }

    @Test
    void anUnknownSubcommandGetsUsageHelp() {
        assertThat(answer("U-MEMBER", "frobnicate")).contains("I don't know `frobnicate`").contains("/cop help");
        assertThat(adminAnswer("prompt")).contains("`prompt` needs one of challenge, word").contains("Usage: `/cop prompt");
        assertThat(answer("U-MEMBER", "paus 2")).contains("Did you mean `pause`?").contains("`settings`");
    }

    @Test
    void aPlatformFailureIsExplainedAndNothingIsRecorded() {
        platform.failWith(new PlatformException("not_in_channel"));
        assertThat(adminAnswer("prompt word")).contains("couldn't post").contains("not_in_channel");
        Integer checkIns = jdbc.sql("SELECT COUNT(*) FROM checkin c JOIN community m ON m.id = c.community_id "
                + "WHERE m.channel_id = ?").param(channel.channelId()).query(Integer.class).single();
        assertThat(checkIns).isZero();
    }

    @Test
    void schedulesAreAddedListedAndRemovedWithClearAnswers() {
        String added = adminAnswer("schedule add word weekly mon 09:00 America/New_York");
        assertThat(added).matches("(?s)Scheduled #\\d+: word, weekly mon 09:00 \\(America/New_York\\)\\. Next run: Mon .* E[SD]T\\.");
        String id = added.replaceAll("(?s)Scheduled #(\\d+):.*", "$1");
        assertThat(adminAnswer("schedule add word weekly mon 09:00 America/New_York")).contains("already has that schedule");
        assertThat(adminAnswer("schedule list")).contains("#" + id + " word, weekly mon 09:00 (America/New_York)");
        assertThat(adminAnswer("status")).contains("#" + id).contains("next: Mon").contains("last: not run yet");

        ChannelRef other = channel("C-OTHER-" + System.nanoTime());
        String elsewhere = handler.handle(adminCommand(other, "U-ADMIN", "schedule remove " + id)).plainText();
        assertThat(elsewhere).contains("not one of this channel's schedules");
        assertThat(adminAnswer("schedule list")).contains("#" + id);

        assertThat(adminAnswer("schedule remove " + id)).isEqualTo("Removed schedule #" + id + ".");
        assertThat(adminAnswer("schedule list")).contains("no schedules yet");
        assertThat(adminAnswer("schedule remove " + id)).contains("not one of this channel's schedules");
    }

    @Test
    void digestAndExportAnswerTheFacilitatorPrivately() {
        assertThat(adminAnswer("digest")).contains("*Period:*").contains("*Themes:*");
        assertThat(adminAnswer("export since 2026-01-01")).contains("Sent you the export as a file");
        assertThat(answer("U-NEW", "digest")).contains("Sorry");
    }

    @Test
    void membersManageTheirPairingPreferencesAndOrganisation() {
        var community = communities.findOrCreate(channel);
        assertThat(answer("U-ANA", "optout")).contains("out of pairing");
        assertThat(members.find(community, "U-ANA").orElseThrow().pairing()).isEqualTo(PairingPreference.OPTED_OUT);
        assertThat(answer("U-ANA", "pause 2")).contains("no pairing for 2 weeks");
        assertThat(members.find(community, "U-ANA").orElseThrow().pairing()).isEqualTo(PairingPreference.PAUSED);
        assertThat(answer("U-ANA", "optin")).contains("You're in");
        assertThat(answer("U-ANA", "profile org Eastside Family Shelter")).contains("*Eastside Family Shelter*");
        assertThat(members.find(community, "U-ANA").orElseThrow().organisation()).contains("Eastside Family Shelter");
    }

    @Test
    void forgetMeErasesTheMembersProfileAndRoles() {
        var community = communities.findOrCreate(channel);
        // a member of their own: forget-me also erases trend rows other tests' replies left in this workspace
        String ben = "U-BEN-" + System.nanoTime();
        answer(ben, "profile org Northside Schools");
        adminAnswer("facilitator add <@" + ben + ">");
        assertThat(answer(ben, "forget-me")).contains("Erase everything about you?").contains("cannot be undone")
                .as("what stays is said before the member confirms").contains("only an anonymous marker");
        assertThat(org.copcheckin.support.ConfirmButtons.confirmed(handler, events, platform,
                command(channel, ben, "forget-me")).plainText()).contains("is erased")
                .contains("pairing preferences and organisation (with its region, offers and directory listing): 1 record")
                .contains("facilitator roles: 1 record");
        assertThat(members.find(community, ben)).isEmpty();
        assertThat(answer(ben, "status")).contains("Sorry");
    }

    @Test
    void everyCatalogueRowIsDispatchedFromItsExample() {
        for (Subcommand row : handler.catalogue().rows()) {
            String answer = adminAnswer(row.example().replace("@dana", "<@U-DANA>"));
            assertThat(answer).as(row.key()).doesNotContain("Usage:").doesNotContain("I don't know")
                    .doesNotContain("only this channel's facilitators");
            if (row.key().equals("settings language")) {
                // the rows after it are English examples (feelings are words of the channel's language)
                adminAnswer("settings language en");
            }
        }
    }

    @Test
    void settingsShowTheZoneAndKAndAZoneChangeMovesTheSchedulesWithoutAZoneOfTheirOwn() {
        adminAnswer("schedule add word weekly mon 09:00");
        adminAnswer("schedule add challenge weekly mon 09:00 Europe/London");
        assertThat(answer("U-MEMBER", "settings")).contains("*Time zone*: UTC").contains("*k*: 3")
                .contains("*Pairing*: opt-out");

        assertThat(adminAnswer("settings zone america/los_angeles")).contains("now America/Los_Angeles")
                .contains("1 schedule without a zone of its own now runs in it");
        assertThat(adminAnswer("status")).contains("word, weekly mon 09:00 (America/Los_Angeles)")
                .contains("challenge, weekly mon 09:00 (Europe/London)").contains("09:00 PST");
        assertThat(adminAnswer("settings zone Mars/Olympus")).contains("not a time zone I know")
                .contains("`/cop settings zone America/Los_Angeles`");
        assertThat(adminAnswer("settings k 1")).contains("from 2 to 50");
        assertThat(adminAnswer("settings k 4")).contains("k is now 4");
        assertThat(answer("U-MEMBER", "settings k 5")).contains("only this channel's facilitators");
        assertThat(communities.find(channel).orElseThrow().kAnonymity()).isEqualTo(4);
    }
}
