package org.copcheckin.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.adminCommand;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.command;
import static org.copcheckin.support.Fixtures.member;
import static org.copcheckin.support.Fixtures.reply;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.Participation;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.commands.CommandHandler;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.Facilitators;
import org.copcheckin.community.ForgetMe;
import org.copcheckin.community.Language;
import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.DatabaseScan;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders end to end on the core: real H2, Flyway and Quartz, the recording platform and a clock the test moves.
 * Quartz's own minute sweep runs beside the test's calls on the same clock, so the tests count what was sent, never
 * which sweep sent it: the claims make that the same.
 */
@CoreSpringTest
class RemindersTest {

    @Autowired
    Reminders reminders;
    @Autowired
    ReminderSettings settings;
    @Autowired
    Communities communities;
    @Autowired
    CheckIns checkIns;
    @Autowired
    ReplyIntake intake;
    @Autowired
    Participation participation;
    @Autowired
    Facilitators facilitators;
    @Autowired
    CommandHandler handler;
    @Autowired
    ForgetMe forgetMe;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    private final List<Community> created = new ArrayList<>();

    @AfterEach
    void turnRemindersOff() {
        created.forEach(community -> settings.turnOff(community.id()));
    }

    private Community community(ZoneId zone, String... userIds) {
        Community community = communities.findOrCreate(channel("C-REMIND-" + System.nanoTime()));
        communities.changeZone(community.id(), zone);
        created.add(community);
        List<ChannelMember> members = new ArrayList<>();
        for (String id : userIds) {
            members.add(new ChannelMember(member(id), id, false));
        }
        platform.setMembers(community.channel(), members);
        return communities.find(community.id()).orElseThrow();
    }

    private List<String> remindedIn(Community community) {
        return platform.sent("private").stream()
                .filter(sent -> sent.message().title().equals("A gentle reminder"))
                .filter(sent -> platform.listHumanMembers(community.channel()).stream()
                        .anyMatch(m -> m.ref().userId().equals(sent.target())))
                .map(RecordingChatPlatform.Sent::target).toList();
    }

    @Test
    void onlyMembersWhoDidNotTakePartAndDidNotOptOutAreRemindedOnceInPrivate() {
        clock.set(Instant.parse("2027-01-12T14:00:00Z")); // 09:00 in Toronto
        Community community = community(ZoneId.of("America/Toronto"), "U-ANA", "U-BEN", "U-CHEN", "U-FRAN", "U-DEE");
        facilitators.add(community, "U-FRAN");
        assertThat(handler.handle(adminCommand(community.channel(), "U-FRAN", "settings reminders 4h")).plainText())
                .contains("Reminders are on in this channel: 4h after each prompt");
        assertThat(handler.handle(command(community.channel(), "U-BEN", "reminders off")).plainText())
                .contains("Reminders are off for you");
        CheckIn checkIn = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        intake.receive(reply(checkIn.thread(), "U-ANA", "m-ana", "Hopeful"));
        participation.record(checkIn.id(), member("U-DEE")); // another way of taking part (a reaction)

        clock.advance(Duration.ofHours(4).minusMinutes(1));
        reminders.sweep(clock.instant());
        assertThat(remindedIn(community)).as("not before the delay").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        reminders.sweep(clock.instant());
        reminders.sweep(clock.instant()); // a replayed firing, another replica
        clock.advance(Duration.ofHours(2));
        reminders.sweep(clock.instant());

        assertThat(remindedIn(community)).containsExactly("U-CHEN");
        RecordingChatPlatform.Sent sent = platform.sent("private").stream()
                .filter(s -> s.target().equals("U-CHEN")).findFirst().orElseThrow();
        assertThat(sent.message().plainText()).contains("https://chat.example/" + checkIn.thread().threadId())
                .contains("/cop reminders off").doesNotContain("@");
        assertThat(platform.sent("post")).as("nothing public but the prompt").hasSize(1 + countOtherPosts(community));
        assertThat(reminders.sentFor(checkIn.id())).isEqualTo(1);
    }

    private int countOtherPosts(Community community) {
        return (int) platform.sent("post").stream()
                .filter(s -> !s.target().startsWith(community.channel().channelId() + "/")).count();
    }

    @Test
    void aReminderDueInQuietHoursWaitsForEightInTheMembersOwnZoneAcrossSpringForward() {
        // Saturday 13 March 2027, 17:00 in Toronto (EST); clocks go forward at 02:00 on Sunday
        clock.set(Instant.parse("2027-03-13T22:00:00Z"));
        Community community = community(ZoneId.of("UTC"), "U-TORONTO", "U-PARIS");
        handler.handle(command(community.channel(), "U-TORONTO", "profile zone America/Toronto"));
        handler.handle(command(community.channel(), "U-PARIS", "profile zone Europe/Paris"));
        settings.turnOn(community.id(), new ReminderSetting(Duration.ofHours(4), QuietHours.DEFAULT));
        checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());

        clock.set(Instant.parse("2027-03-14T02:00:00Z")); // due: 21:00 EST in Toronto, 03:00 in Paris
        reminders.sweep(clock.instant());
        assertThat(remindedIn(community)).isEmpty();

        clock.set(Instant.parse("2027-03-14T07:00:00Z")); // 08:00 in Paris; 03:00 EDT in Toronto
        reminders.sweep(clock.instant());
        assertThat(remindedIn(community)).containsExactly("U-PARIS");

        clock.set(Instant.parse("2027-03-14T11:59:00Z")); // 07:59 EDT
        reminders.sweep(clock.instant());
        assertThat(remindedIn(community)).containsExactly("U-PARIS");

        clock.set(Instant.parse("2027-03-14T12:00:00Z")); // 08:00 EDT (with the old offset it would be 13:00 UTC)
        reminders.sweep(clock.instant());
        assertThat(remindedIn(community)).containsExactly("U-PARIS", "U-TORONTO");
    }

    @Test
    void withoutAZoneOfTheirOwnAMemberIsQuietInTheCommunitysZoneAcrossFallBack() {
        // Saturday 31 October 2026, 19:30 EDT; clocks go back at 02:00 on Sunday
        clock.set(Instant.parse("2026-10-31T23:30:00Z"));
        Community community = community(ZoneId.of("America/Toronto"), "U-ELI");
        settings.turnOn(community.id(), new ReminderSetting(Duration.ofHours(1), QuietHours.DEFAULT));
        checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());

        clock.set(Instant.parse("2026-11-01T12:59:00Z")); // 07:59 EST
        reminders.sweep(clock.instant());
        assertThat(remindedIn(community)).isEmpty();

        clock.set(Instant.parse("2026-11-01T13:00:00Z")); // 08:00 EST
        reminders.sweep(clock.instant());
        assertThat(remindedIn(community)).containsExactly("U-ELI");
    }

    @Test
    void aNewerPromptEndsTheOlderOnesRemindersAndOffSendsNone() {
        clock.set(Instant.parse("2027-01-12T14:00:00Z"));
        Community community = community(ZoneId.of("UTC"), "U-GIA");
        settings.turnOn(community.id(), new ReminderSetting(Duration.ofHours(2), QuietHours.DEFAULT));
        checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        clock.advance(Duration.ofHours(1));
        checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        clock.advance(Duration.ofMinutes(90)); // the first one's reminder is due, the second one's is not
        reminders.sweep(clock.instant());
        assertThat(remindedIn(community)).isEmpty();

        handler.handle(adminCommand(community.channel(), "U-FRAN", "settings reminders off"));
        clock.advance(Duration.ofHours(1));
        reminders.sweep(clock.instant());
        assertThat(remindedIn(community)).isEmpty();
    }

    @Test
    void badInputGetsTheReasonAndChangesNothing() {
        Community community = community(ZoneId.of("UTC"), "U-HAL");
        assertThat(handler.handle(adminCommand(community.channel(), "U-FRAN", "settings reminders soon")).plainText())
                .contains("`soon` is not a delay");
        assertThat(handler.handle(adminCommand(community.channel(), "U-FRAN", "settings reminders 5m")).plainText())
                .contains("from 15m to 72h");
        assertThat(handler.handle(adminCommand(community.channel(), "U-FRAN", "settings reminders 4h quiet late"))
                .plainText()).contains("is not a range of hours");
        assertThat(settings.of(community.id())).isEmpty();
        assertThat(handler.handle(command(community.channel(), "U-HAL", "settings reminders 4h")).plainText())
                .containsIgnoringCase("facilitator");
        assertThat(settings.of(community.id())).isEmpty();
        assertThat(handler.handle(command(community.channel(), "U-HAL", "profile zone Mars/Olympus")).plainText())
                .contains("is not a time zone I know");
        assertThat(settings.memberZone(member("U-HAL"))).isEmpty();
        assertThat(handler.handle(command(community.channel(), "U-HAL", "profile")).plainText())
                .contains("/cop profile zone <IANA zone>");

        handler.handle(adminCommand(community.channel(), "U-FRAN", "settings reminders 90m quiet 21:00-07:00"));
        assertThat(handler.handle(command(community.channel(), "U-HAL", "settings")).plainText())
                .contains("*Reminders*: 1h30m after each prompt, never between 21:00-07:00");
        assertThat(handler.handle(command(community.channel(), "U-HAL", "help")).plainText())
                .contains("/cop reminders on|off");
    }

    @Test
    void forgetMeErasesTheZoneAndTheParticipationKeepsTheOptOutAndNoReadableId() {
        clock.set(Instant.parse("2027-01-12T14:00:00Z"));
        Community community = community(ZoneId.of("UTC"), "U-IVY-7731");
        CheckIn checkIn = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        handler.handle(command(community.channel(), "U-IVY-7731", "reminders off"));
        handler.handle(command(community.channel(), "U-IVY-7731", "profile zone America/Toronto"));
        intake.receive(reply(checkIn.thread(), "U-IVY-7731", "m-ivy", "Curious after Zorblattine called"));
        assertThat(participation.tookPart(checkIn.id(), member("U-IVY-7731"))).isTrue();
        assertThat(DatabaseScan.find(jdbc, List.of("U-IVY-7731", "Zorblattine")))
                .as("choices, zone and participation are kept under keyed hashes; no reply words").isEmpty();

        var erased = forgetMe.forget(member("U-IVY-7731"));

        assertThat(erased).extracting(e -> e.kind().in(Language.EN))
                .contains("time zone", "check-ins you took part in (for reminders)")
                .doesNotContain("reminder preference");
        assertThat(settings.memberWantsReminders(member("U-IVY-7731"))).as("she asked for none: she stays out").isFalse();
        assertThat(jdbc.sql("SELECT member_key FROM reminder_off").query(String.class).list())
                .as("the marker is a keyed hash, no id").isNotEmpty().allMatch(key -> key.matches("[0-9a-f]{64}"));
        assertThat(DatabaseScan.find(jdbc, List.of("U-IVY-7731", "IVY-7731"))).isEmpty();
        assertThat(settings.memberZone(member("U-IVY-7731"))).isEmpty();
        assertThat(participation.tookPart(checkIn.id(), member("U-IVY-7731"))).isFalse();
    }

    @Test
    void forgetMeErasesTheParticipationInACheckInPostedLongBeforeItsLateReply() {
        clock.set(Instant.parse("2027-01-04T14:00:00Z"));
        Community community = community(ZoneId.of("UTC"), "U-LEA-3318");
        CheckIn old = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        clock.advance(Duration.ofDays(20)); // the thread is still open: a late reply counts
        intake.receive(reply(old.thread(), "U-LEA-3318", "m-lea-late", "Curious"));
        assertThat(participation.tookPart(old.id(), member("U-LEA-3318"))).isTrue();

        forgetMe.forget(member("U-LEA-3318"));

        assertThat(participation.tookPart(old.id(), member("U-LEA-3318"))).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM checkin_participation WHERE checkin_id = ?").param(old.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aMemberWhoTurnedRemindersOffAndUsedForgetMeIsNotRemindedAndOnStillWorks() {
        clock.set(Instant.parse("2027-01-12T14:00:00Z"));
        Community community = community(ZoneId.of("UTC"), "U-JUN", "U-KAI");
        settings.turnOn(community.id(), new ReminderSetting(Duration.ofHours(1), QuietHours.DEFAULT));
        handler.handle(command(community.channel(), "U-JUN", "reminders off"));
        forgetMe.forget(member("U-JUN"));
        checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());

        clock.advance(Duration.ofHours(2));
        reminders.sweep(clock.instant());
        assertThat(remindedIn(community)).containsExactly("U-KAI");

        assertThat(handler.handle(command(community.channel(), "U-JUN", "reminders on")).plainText())
                .contains("on for you");
        assertThat(settings.memberWantsReminders(member("U-JUN"))).isTrue();
    }

    @Test
    void remindersOffAndTheZoneExpireAfterAYearUnusedAndStayWhileTheyAreUsed() {
        clock.set(Instant.parse("2027-01-12T14:00:00Z"));
        Community community = community(ZoneId.of("UTC"), "U-MIA", "U-NOA");
        handler.handle(command(community.channel(), "U-MIA", "reminders off"));
        handler.handle(command(community.channel(), "U-MIA", "profile zone Europe/Paris"));
        handler.handle(command(community.channel(), "U-NOA", "reminders off"));
        handler.handle(command(community.channel(), "U-NOA", "profile zone Asia/Tokyo"));

        clock.advance(Duration.ofDays(300));
        // Noa's choices are used (a reminder was due): they count as seen today
        assertThat(settings.memberWantsReminders(member("U-NOA"))).isFalse();
        assertThat(settings.memberZone(member("U-NOA"))).contains(ZoneId.of("Asia/Tokyo"));
        clock.advance(Duration.ofDays(70)); // 370 days after they were set

        assertThat(settings.expireUnused()).as("Mia's two, and any other test's as old").isGreaterThanOrEqualTo(2);
        assertThat(settings.memberWantsReminders(member("U-MIA"))).as("a year unused: gone").isTrue();
        assertThat(settings.memberZone(member("U-MIA"))).isEmpty();
        assertThat(settings.memberWantsReminders(member("U-NOA"))).as("used 70 days ago: kept").isFalse();
        assertThat(settings.memberZone(member("U-NOA"))).contains(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void theSweepIsOneQuartzJobInTheJdbcStore() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qrtz_triggers WHERE trigger_name = 'sweep-every-minute'")
                .query(Integer.class).single()).isEqualTo(1);
    }
}
