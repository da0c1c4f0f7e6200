package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.command;
import static org.copcheckin.support.Fixtures.member;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CoreSpringTest
class MemberRightsAndRetentionTest {

    @Autowired
    CommandHandler handler;
    @Autowired
    CheckIns checkIns;
    @Autowired
    ReplyIntake intake;
    @Autowired
    Communities communities;
    @Autowired
    ParticipantPseudonyms pseudonyms;
    @Autowired
    InsightsRetention retention;
    @Autowired
    TrendExport export;
    @Autowired
    JdbcClient jdbc;
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
        clock.set(Instant.parse("2031-03-04T12:00:00Z")); // a Tuesday, ahead of real time: Quartz stays idle
        channel = channel("C-RIGHTS-" + System.nanoTime());
        community = communities.findOrCreate(channel);
    }

    private void reply(CheckIn checkIn, String userId, String text) {
        intake.receive(new ThreadReplyReceived(checkIn.thread(), member(userId), userId + "-" + checkIn.id(), text,
                clock.instant(), Set.of()));
    }

    private int rowsOf(String userId, List<CheckIn> checkInList) {
        int rows = 0;
        for (CheckIn checkIn : checkInList) {
            String pseudonym = pseudonyms.of(checkIn.id(), member(userId));
            rows += jdbc.sql("SELECT (SELECT COUNT(*) FROM insight_entry WHERE participant = ?) "
                    + "+ (SELECT COUNT(*) FROM insight_participation WHERE participant = ?)")
                    .params(pseudonym, pseudonym).query(Integer.class).single();
        }
        return rows;
    }

    @Test
    void forgetMeLeavesNoRowLinkedToTheMemberInAnyCommunityOfTheWorkspace() {
        CheckIn first = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        Community other = communities.findOrCreate(channel("C-RIGHTS-OTHER-" + System.nanoTime()));
        CheckIn second = checkIns.post(other, PromptKind.WORD, null, OptionalLong.empty());
        reply(first, "U-LEAVER", "The landlord raised the rent and the bus is late");
        reply(second, "U-LEAVER", "Exhausted");
        reply(first, "U-STAYS", "Rent again");
        assertThat(rowsOf("U-LEAVER", List.of(first, second))).isGreaterThan(5);

        String answer = handler.handle(command(channel, "U-LEAVER", "forget-me")).plainText();

        assertThat(answer).startsWith("Done");
        assertThat(rowsOf("U-LEAVER", List.of(first, second))).isZero();
        assertThat(rowsOf("U-STAYS", List.of(first))).isGreaterThan(0);
    }

    @Test
    void theExportIsAggregateOnlyAndKAnonymousPerWeek() {
        CheckIn checkIn = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        reply(checkIn, "U-1", "Eviction notices and rent");
        reply(checkIn, "U-2", "Our landlord problem again");
        reply(checkIn, "U-3", "Housing is the issue");
        reply(checkIn, "U-4", "Funding cuts");

        LocalDate today = LocalDate.of(2031, 3, 4);
        String csv = export.csv(community, today.minusWeeks(1), today);
        assertThat(csv).contains("participation,2031-03-03,replies,4").contains("participation,2031-03-03,participants,4")
                .contains("theme,2031-03-03,Housing and landlords,3").contains("theme,2031-03-03,other,1")
                .doesNotContain("Funding").doesNotContain("evict");
        assertThat(jdbc.sql("SELECT participant FROM insight_participation").query(String.class).list())
                .allSatisfy(pseudonym -> assertThat(csv).doesNotContain(pseudonym));
    }

    @Test
    void retentionRollsUpFinishedWeeksThenDeletesExpiredRowsAndOldAggregates() {
        CheckIn checkIn = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
        for (String user : List.of("U-1", "U-2", "U-3")) {
            reply(checkIn, user, "Hopeful about housing");
        }
        reply(checkIn, "U-4", "Tired");
        LocalDate week = LocalDate.of(2031, 3, 3);
        String before = export.csv(community, week, week);

        clock.advance(Duration.ofDays(7));
        retention.apply();
        assertThat(jdbc.sql("SELECT term FROM insight_aggregate WHERE community_id = ? AND kind = 'WORD'")
                .param(community.id()).query(String.class).list()).containsExactlyInAnyOrder("hopeful", WeeklyTotals.OTHER);
        assertThat(rowsFor(community)).isPositive();

        clock.advance(Duration.ofDays(90));
        retention.apply();
        assertThat(rowsFor(community)).isZero();
        assertThat(export.csv(community, week, week)).as("the export reads the weekly aggregates now").isEqualTo(before);

        clock.advance(Duration.ofDays(731));
        retention.apply();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM insight_aggregate WHERE community_id = ?").param(community.id())
                .query(Integer.class).single()).isZero();
    }

    private int rowsFor(Community c) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM insight_entry WHERE community_id = ?) "
                + "+ (SELECT COUNT(*) FROM insight_participation WHERE community_id = ?)")
                .params(c.id(), c.id()).query(Integer.class).single();
    }
}
