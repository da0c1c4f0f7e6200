package org.copcheckin.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copcheckin.support.Fixtures.channel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.platform.ChannelChanged;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** Real Quartz on H2: schedules fire, post prompts, and handle runs missed while the app was down. */
@CoreSpringTest
class ScheduledRunsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Autowired
    Schedules schedules;
    @Autowired
    Communities communities;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void reset() {
        platform.reset();
        clock.set(Instant.now());
    }

    private Community community() {
        return communities.findOrCreate(channel("C-" + System.nanoTime()));
    }

    /** A daily schedule whose time of day was {@code ago} before now, created while the app was "down". */
    private Schedule dailyMissedBy(Community community, Duration ago) {
        Instant now = Instant.now();
        LocalTime missed = LocalTime.ofInstant(now.minus(ago), ZoneOffset.UTC).withSecond(0).withNano(0);
        clock.set(now.minus(Duration.ofHours(3)));
        Schedule schedule = schedules.add(community, ScheduledAction.WORD, new ScheduleSpec.Daily(missed), UTC);
        clock.set(now);
        return schedule;
    }

    @Test
    void aDueScheduleFiresPostsItsPromptAndRecordsTheRun() {
        Community community = community();
        Schedule everySecond = schedules.add(community, ScheduledAction.CHALLENGE, ScheduleSpecParser.parse("* * * * * ?"), UTC);

        await().atMost(Duration.ofSeconds(15)).until(() -> schedules.runs(everySecond.id()).stream()
                .anyMatch(run -> run.outcome() == RunOutcome.DONE && run.detail().startsWith("posted check-in")));
        schedules.remove(community, everySecond.id());
        assertThat(platform.sent("post").get(0).message().plainText()).contains("one challenge");
    }

    @Test
    void aCommunityWhoseChannelTheAppCannotReachSkipsItsRunsWithTheReasonAndResumesWhenBack() {
        Community community = community();
        events.publishEvent(new ChannelChanged.Unreachable(community.channel(), ChannelChanged.Why.REMOVED));
        Schedule everySecond = schedules.add(community, ScheduledAction.WORD, ScheduleSpecParser.parse("* * * * * ?"), UTC);

        await().atMost(Duration.ofSeconds(15)).until(() -> schedules.runs(everySecond.id()).stream()
                .anyMatch(run -> run.outcome() != RunOutcome.RUNNING));
        assertThat(schedules.runs(everySecond.id())).filteredOn(run -> run.outcome() != RunOutcome.RUNNING)
                .allSatisfy(run -> {
                    assertThat(run.outcome()).isEqualTo(RunOutcome.SKIPPED);
                    assertThat(run.detail()).isEqualTo(
                            "paused: the app was removed from the channel: invite it back to resume");
                });
        assertThat(platform.sent("post")).isEmpty();

        events.publishEvent(new ChannelChanged.Reachable(community.channel()));
        await().atMost(Duration.ofSeconds(15)).until(() -> schedules.runs(everySecond.id()).stream()
                .anyMatch(run -> run.outcome() == RunOutcome.DONE));
        schedules.remove(community, everySecond.id());
        assertThat(platform.sent("post")).isNotEmpty();
    }

    @Test
    void aRunMissedWhileDownWithinItsGraceFiresOnceOnStartUp() {
        Community community = community();
        Schedule schedule = dailyMissedBy(community, Duration.ofMinutes(10));

        await().atMost(Duration.ofSeconds(15)).until(() -> !schedules.runs(schedule.id()).isEmpty()
                && schedules.runs(schedule.id()).get(0).outcome() == RunOutcome.DONE);
        List<RunRecord> runs = schedules.runs(schedule.id());
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).scheduledFor()).isBefore(Instant.now().minus(Duration.ofMinutes(9)));
        assertThat(platform.sent("post")).hasSize(1);
    }

    @Test
    void aRunMissedBeyondItsGraceIsRecordedAsSkippedAndShownInStatus() {
        Community community = community();
        Schedule schedule = dailyMissedBy(community, Duration.ofMinutes(90));

        await().atMost(Duration.ofSeconds(15)).until(() -> !schedules.runs(schedule.id()).isEmpty());
        RunRecord run = schedules.runs(schedule.id()).get(0);
        assertThat(run.outcome()).isEqualTo(RunOutcome.SKIPPED);
        assertThat(run.detail()).contains("missed while the app was down").contains("grace 60 min");
        assertThat(platform.sent("post")).isEmpty();

        ScheduleStatus status = schedules.status(community).get(0);
        assertThat(status.lastRun()).contains(run);
        assertThat(status.nextRun()).hasValueSatisfying(next -> assertThat(next.toInstant()).isAfter(Instant.now()));
    }

    @Test
    void aFailingRunIsRecordedAsFailedWithoutUserContent() {
        Community community = community();
        platform.failWith(new org.copcheckin.platform.PlatformException("channel_not_found"));
        Schedule schedule = dailyMissedBy(community, Duration.ofMinutes(5));

        await().atMost(Duration.ofSeconds(15)).until(() -> !schedules.runs(schedule.id()).isEmpty()
                && schedules.runs(schedule.id()).get(0).outcome() != RunOutcome.RUNNING);
        RunRecord run = schedules.runs(schedule.id()).get(0);
        assertThat(run.outcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(run.detail()).isEqualTo("PlatformException: channel_not_found");
    }
}
