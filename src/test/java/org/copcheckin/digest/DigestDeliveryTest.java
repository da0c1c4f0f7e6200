package org.copcheckin.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.adminCommand;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.member;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.commands.CommandHandler;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.Facilitators;
import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.scheduling.Schedule;
import org.copcheckin.scheduling.ScheduledAction;
import org.copcheckin.scheduling.ScheduledActionRunner;
import org.copcheckin.scheduling.Schedules;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CoreSpringTest
class DigestDeliveryTest {

    @Autowired
    CommandHandler handler;
    @Autowired
    CheckIns checkIns;
    @Autowired
    ReplyIntake intake;
    @Autowired
    Communities communities;
    @Autowired
    Facilitators facilitators;
    @Autowired
    Schedules schedules;
    @Autowired
    List<ScheduledActionRunner> runners;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    MutableClock clock;

    private ChannelRef channel;
    private Community community;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.set(Instant.now());
    }

    @BeforeEach
    void setUp() {
        platform.reset();
        // far ahead of the real time, so Quartz never fires the schedules of these tests by itself
        clock.set(Instant.parse("2030-11-13T15:00:00Z"));
        channel = channel("C-DIGEST-" + System.nanoTime());
        community = communities.findOrCreate(channel);
        platform.setMembers(channel, List.of(
                new ChannelMember(member("U-ADMIN"), "Admin", true),
                new ChannelMember(member("U-CONFIGURED"), "Configured", false),
                new ChannelMember(member("U-A"), "A", false), new ChannelMember(member("U-B"), "B", false),
                new ChannelMember(member("U-C"), "C", false), new ChannelMember(member("U-D"), "D", false)));
    }

    private void replies(CheckIn checkIn, String... texts) {
        int n = 0;
        for (String text : texts) {
            intake.receive(new ThreadReplyReceived(checkIn.thread(), member("U-" + (char) ('A' + n)),
                    checkIn.id() + "-" + n++, text, clock.instant(), Set.of()));
        }
    }

    @Test
    void theDigestCommandAnswersTheCallerAndSendsTheChartToThemAlone() {
        CheckIn challenge = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        replies(challenge, "The landlord raised the rent", "Eviction notices again", "Rent is impossible",
                "The bus was late again");
        String answer = handler.handle(adminCommand(channel, "U-ADMIN", "digest")).plainText();

        assertThat(answer).contains("*Check-ins run:* 1 (1 challenge)").contains("(so far): 4 people, 4 replies")
                .contains("Housing and landlords: 3 people").doesNotContain("Transportation")
                .contains("*Suggested theme for the next meeting:* Housing and landlords");
        // the chart comes with a copy of the digest, as one message: no chart-only message
        assertThat(platform.sent("private")).isEmpty();
        assertThat(platform.sent("image")).isEmpty();
        assertThat(platform.sent("private-with-image")).singleElement().satisfies(dm -> {
            assertThat(dm.target()).isEqualTo("U-ADMIN");
            assertThat(dm.message().plainText()).contains("Housing and landlords: 3 people");
        });
        assertThat(platform.sent("attached")).singleElement()
                .satisfies(image -> assertThat(image.message().plainText()).contains("Housing and landlords 3"));
        assertThat(answer).contains("This digest is also in your direct messages, with its chart.");
        assertThat(platform.sent("post")).as("nothing about the digest in the channel").hasSize(1);
    }

    @Test
    void theFirstPromptAddsAWeeklyMondayDigestThatRunsForEachFacilitatorPrivately() {
        facilitators.add(community, "U-ADDED");
        CheckIn word = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        replies(word, "Overwhelmed", "overwhelmed", "Overwhelmed!", "tired");
        checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());

        await().atMost(Duration.ofSeconds(10)).until(() -> schedules.list(community).stream()
                .anyMatch(s -> s.action() == ScheduledAction.DIGEST));
        List<Schedule> digests = schedules.list(community).stream()
                .filter(s -> s.action() == ScheduledAction.DIGEST).toList();
        assertThat(digests).singleElement().satisfies(s -> {
            assertThat(s.spec()).isEqualTo("weekly mon 09:00");
            assertThat(s.zone()).isEqualTo(community.zone());
        });

        clock.advance(Duration.ofDays(5)); // Monday 18 November: the digest covers 11 to 17 November
        platform.reset();
        platform.setMembers(channel, List.of(new ChannelMember(member("U-ADMIN"), "Admin", true),
                new ChannelMember(member("U-CONFIGURED"), "Configured", false),
                new ChannelMember(member("U-A"), "A", false)));
        ScheduledActionRunner runner = runners.stream().filter(r -> r.actions().contains(ScheduledAction.DIGEST))
                .findFirst().orElseThrow();
        assertThat(runner.run(community, digests.get(0))).isEqualTo("digest sent to 3 facilitators");

        // each facilitator gets one message: the digest with its chart attached
        assertThat(platform.sent("private-with-image")).extracting(RecordingChatPlatform.Sent::target)
                .containsExactlyInAnyOrder("U-ADDED", "U-ADMIN", "U-CONFIGURED");
        assertThat(platform.sent("private")).isEmpty();
        assertThat(platform.sent("image")).isEmpty();
        assertThat(platform.sent("private-with-image").get(0).message().plainText())
                .contains("*Period:* week of Mon 11 Nov 2030").doesNotContain("so far").contains("• overwhelmed (3)")
                .doesNotContain("tired");
        assertThat(platform.sent("post")).isEmpty();
    }

    @Test
    void removingTheDefaultDigestScheduleSticks() {
        checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        Schedule digest = await().atMost(Duration.ofSeconds(10)).until(() -> schedules.list(community).stream()
                .filter(s -> s.action() == ScheduledAction.DIGEST).findFirst(), java.util.Optional::isPresent).orElseThrow();
        schedules.remove(community, digest.id());
        CheckIn second = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        // a third community's first prompt proves the listener has run since the second prompt
        Community probe = communities.findOrCreate(channel("C-PROBE-" + System.nanoTime()));
        checkIns.post(probe, PromptKind.WORD, null, OptionalLong.empty());
        await().atMost(Duration.ofSeconds(10)).until(() -> !schedules.list(probe).isEmpty());
        assertThat(second.id()).isPositive();
        assertThat(schedules.list(community)).noneMatch(s -> s.action() == ScheduledAction.DIGEST);
    }

    @Test
    void aFacilitatorCanScheduleDigestsByHand() {
        String answer = handler.handle(adminCommand(channel, "U-ADMIN", "schedule add digest daily 08:00")).plainText();
        assertThat(answer).startsWith("Scheduled #").contains("digest, daily 08:00");
    }
}
