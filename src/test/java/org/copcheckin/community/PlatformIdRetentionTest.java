package org.copcheckin.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.command;
import static org.copcheckin.support.Fixtures.member;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.copcheckin.commands.CommandHandler;
import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.platform.TenantRemoved;
import org.copcheckin.platform.TenantReturned;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.DatabaseScan;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

@CoreSpringTest
class PlatformIdRetentionTest {

    @Autowired
    PlatformIdRetention retention;
    @Autowired
    CommandHandler handler;
    @Autowired
    Communities communities;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void farAhead() {
        clock.set(Instant.parse("2033-06-07T12:00:00Z"));
    }

    @AfterEach
    void reset() {
        clock.set(Instant.now());
        platform.reset();
    }

    @Test
    void idsExpireAfterAYearWithoutActivityAndAnOptedOutMemberStaysOut() {
        ChannelRef channel = channel("C-EXPIRE-" + System.nanoTime());
        platform.setMembers(channel, List.of(new ChannelMember(member("U-IDLE"), "Idle", false),
                new ChannelMember(member("U-OUT"), "Out", false), new ChannelMember(member("U-BUSY"), "Busy", false),
                new ChannelMember(member("U-TWO"), "Two", false)));
        handler.handle(command(channel, "U-IDLE", "profile org Idle Org"));
        handler.handle(command(channel, "U-OUT", "optout"));
        handler.handle(command(channel, "U-CONFIGURED", "facilitator add <@U-IDLE>"));
        handler.handle(command(channel, "U-CONFIGURED", "pair"));
        assertThat(count("pair_history")).isPositive();

        clock.advance(Duration.ofDays(200));
        handler.handle(command(channel, "U-BUSY", "profile org Busy Org")); // activity half-way
        clock.advance(Duration.ofDays(200));
        retention.apply();

        assertThat(jdbc.sql("SELECT user_id FROM member WHERE community_id = ?")
                .param(communities.find(channel).orElseThrow().id()).query(String.class).list()).containsExactly("U-BUSY");
        assertThat(count("facilitator WHERE user_id = 'U-IDLE'")).isZero();
        assertThat(count("pair_history")).as("pairs last met over a year ago").isZero();
        assertThat(DatabaseScan.find(jdbc, List.of("U-IDLE", "U-OUT", "Idle Org"))).isEmpty();
        assertThat(handler.handle(command(channel, "U-CONFIGURED", "pair preview")).plainText())
                .contains("@U-OUT (opted out)");
    }

    @Test
    void aRemovedTenantIsPurgedAfterTheGracePeriodUnlessItComesBack() {
        ChannelRef gone = new ChannelRef(PlatformKind.SLACK, "T-GONE", "C-GONE");
        ChannelRef back = new ChannelRef(PlatformKind.SLACK, "T-BACK", "C-BACK");
        for (ChannelRef channel : List.of(gone, back)) {
            handler.handle(command(channel, "U-CONFIGURED", "schedule add word weekly mon 09:00"));
            handler.handle(new org.copcheckin.platform.CommandInvoked(channel,
                    new org.copcheckin.platform.MemberRef(PlatformKind.SLACK, channel.workspaceId(), "U-M"),
                    "profile org Somewhere", false));
        }
        events.publishEvent(new TenantRemoved(PlatformKind.SLACK, "T-GONE"));
        events.publishEvent(new TenantRemoved(PlatformKind.SLACK, "T-BACK"));
        clock.advance(Duration.ofDays(10));
        events.publishEvent(new TenantReturned(PlatformKind.SLACK, "T-BACK"));
        retention.apply();
        assertThat(communities.find(gone)).as("within the grace period").isPresent();

        clock.advance(Duration.ofDays(25));
        retention.apply();
        assertThat(communities.find(gone)).isEmpty();
        assertThat(communities.find(back)).isPresent();
        assertThat(count("schedule WHERE community_id NOT IN (SELECT id FROM community)")).isZero();
        assertThat(count("qrtz_job_details WHERE job_name LIKE 'schedule-%' AND job_name NOT IN "
                + "(SELECT 'schedule-' || CAST(id AS VARCHAR(20)) FROM schedule)")).as("no Quartz job left behind").isZero();
    }

    private long count(String fromWhere) {
        return jdbc.sql("SELECT COUNT(*) FROM " + fromWhere).query(Long.class).single();
    }
}
