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
import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.platform.ReplyDeleted;
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.support.ConfirmButtons;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.DatabaseScan;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CoreSpringTest
class MemberRightsAndRetentionTest {

    /** A Tuesday, ahead of real time: Quartz stays idle. */
    static final Instant NOW = Instant.parse("2031-03-04T12:00:00Z");
    static final LocalDate WEEK = LocalDate.of(2031, 3, 3);

    @Autowired
    CommandHandler handler;
    @Autowired
    CheckIns checkIns;
    @Autowired
    ReplyIntake intake;
    @Autowired
    Communities communities;
    @Autowired
    PersonPseudonyms people;
    @Autowired
    PublishedTrends trends;
    @Autowired
    InsightsRetention retention;
    @Autowired
    TrendExport export;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private ChannelRef channel;
    private Community community;

    @AfterEach
    void resetClock() {
        clock.set(Instant.now());
        platform.reset();
    }

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        channel = channel("C-RIGHTS-" + System.nanoTime());
        community = communities.findOrCreate(channel);
    }

    private void reply(CheckIn checkIn, MemberRef member, String messageId, String text) {
        intake.receive(new ThreadReplyReceived(checkIn.thread(), member, messageId, text, clock.instant(), Set.of()));
    }

    private void reply(CheckIn checkIn, String userId, String text) {
        reply(checkIn, member(userId), userId + "-" + checkIn.id(), text);
    }

    private int rowsOf(MemberRef member, Community of) {
        String person = people.of(of.id(), WEEK, member);
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM trend_mention WHERE person = ?) "
                + "+ (SELECT COUNT(*) FROM trend_reply WHERE person = ?)").params(person, person)
                .query(Integer.class).single();
    }

    @Test
    void forgetMeErasesTheMemberInEveryCommunityOfThePlatformAccountAndListsWhatItErased() {
        CheckIn first = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        // the same Slack user in a channel of another workspace (Enterprise Grid, or Slack Connect)
        Community elsewhere = communities.findOrCreate(new ChannelRef(PlatformKind.SLACK, "T-OTHER", "C-ELSEWHERE"));
        CheckIn second = checkIns.post(elsewhere, PromptKind.WORD, null, OptionalLong.empty());
        MemberRef leaverThere = new MemberRef(PlatformKind.SLACK, "T-OTHER", "U-LEAVER");
        reply(first, "U-LEAVER", "The landlord raised the rent and the bus is late");
        reply(second, leaverThere, "m-there", "Exhausted");
        reply(first, "U-STAYS", "Rent again");
        handler.handle(command(channel, "U-LEAVER", "profile org Leavers Inc"));
        assertThat(rowsOf(member("U-LEAVER"), community)).isGreaterThan(3);
        assertThat(rowsOf(leaverThere, elsewhere)).isGreaterThan(1);

        String answer = ConfirmButtons.confirmed(handler, events, platform, command(channel, "U-LEAVER", "forget-me"))
                .plainText();

        assertThat(answer).startsWith("Done").contains("anonymous trend rows of your replies:")
                .contains("in 2 channels").contains("pairing preferences and organisation (with its region, offers and directory listing): 1 record");
        assertThat(rowsOf(member("U-LEAVER"), community)).isZero();
        assertThat(rowsOf(leaverThere, elsewhere)).isZero();
        assertThat(rowsOf(member("U-STAYS"), community)).isPositive();
        assertThat(DatabaseScan.find(jdbc, List.of("U-LEAVER", "Leavers Inc"))).isEmpty();
    }

    @Test
    void aMemberWhoOptedOutAndWasForgottenIsNotPairedInTheNextRoundUntilTheyOptIn() {
        platform.setMembers(channel, List.of(new ChannelMember(member("U-A"), "A", false),
                new ChannelMember(member("U-B"), "B", false), new ChannelMember(member("U-OUT"), "Out", false)));
        handler.handle(command(channel, "U-OUT", "optout"));
        ConfirmButtons.confirmed(handler, events, platform, command(channel, "U-OUT", "forget-me"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member WHERE user_id = 'U-OUT'").query(Integer.class).single()).isZero();
        assertThat(DatabaseScan.find(jdbc, List.of("U-OUT"))).as("the marker is a keyed hash").isEmpty();

        String preview = handler.handle(command(channel, "U-CONFIGURED", "pair preview")).plainText();
        assertThat(preview).contains("@U-OUT (opted out)");
        handler.handle(command(channel, "U-CONFIGURED", "pair"));
        assertThat(platform.sent("private")).noneMatch(sent -> sent.target().contains("U-OUT"));

        handler.handle(command(channel, "U-OUT", "optin"));
        assertThat(handler.handle(command(channel, "U-CONFIGURED", "pair preview")).plainText())
                .doesNotContain("<@U-OUT> (opted out)");
    }

    @Test
    void aDeletedReplyTakesItsRowsWithItAndTheFiguresAlreadyPublishedStaySoNoTwoExportsDifferByIt() {
        CheckIn checkIn = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        for (String user : List.of("U-1", "U-2", "U-3")) {
            reply(checkIn, user, "Eviction notices and rent");
        }
        clock.advance(Duration.ofDays(7));
        TrendQuery lastWeek = TrendQuery.finishedWeeksSince(community, WEEK, WEEK.plusWeeks(1));
        assertThat(trends.query(lastWeek).week(WEEK).orElseThrow().cells(TrendKind.THEME)).containsKey("housing");
        String before = export.csv(community, WEEK);

        assertThat(intake.retract(new ReplyDeleted(channel, "U-2-" + checkIn.id()))).isTrue();

        assertThat(rowsOf(member("U-2"), community)).isZero();
        assertThat(checkIns.replyCount(checkIn.id())).isEqualTo(2);
        // published again without the reply, the week would fall below k: the two exports, subtracted, would say
        // what the deleted reply was about
        assertThat(export.csv(community, WEEK)).isEqualTo(before);
        assertThat(trends.query(lastWeek).week(WEEK).orElseThrow().cells(TrendKind.THEME)).containsKey("housing");
        assertThat(intake.retract(new ReplyDeleted(channel, "not-a-reply"))).isFalse();
    }

    @Test
    void aDeletedReplyOfAWeekNotYetPublishedIsNeverCounted() {
        CheckIn checkIn = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        for (String user : List.of("U-1", "U-2", "U-3")) {
            reply(checkIn, user, "Eviction notices and rent");
        }
        assertThat(intake.retract(new ReplyDeleted(channel, "U-2-" + checkIn.id()))).isTrue();
        clock.advance(Duration.ofDays(7));

        WeekCells week = trends.query(TrendQuery.finishedWeeksSince(community, WEEK, WEEK.plusWeeks(1)))
                .week(WEEK).orElseThrow();
        assertThat(week.cells(TrendKind.THEME)).as("two people: below k").isEmpty();
        assertThat(week.people()).isEmpty();
    }

    @Test
    void forgetMeLeavesTheFiguresAlreadyPublishedAsTheyWereSoNoTwoExportsDifferByTheMember() {
        CheckIn checkIn = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        for (String user : List.of("U-1", "U-2", "U-3", "U-LEAVER")) {
            reply(checkIn, user, "Eviction notices and rent");
        }
        clock.advance(Duration.ofDays(7));
        String before = export.csv(community, WEEK);
        assertThat(before).contains("2031-03-03,participation,people,4");

        ConfirmButtons.confirmed(handler, events, platform, command(channel, "U-LEAVER", "forget-me"));

        assertThat(rowsOf(member("U-LEAVER"), community)).isZero();
        assertThat(export.csv(community, WEEK)).as("a difference would be the forgotten member's answers")
                .isEqualTo(before);
    }

    @Test
    void theExportHasWholeFinishedWeeksOfPublishedCellsOnly() {
        CheckIn checkIn = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        reply(checkIn, "U-1", "Eviction notices and rent");
        reply(checkIn, "U-2", "Our landlord problem again");
        reply(checkIn, "U-3", "Housing is the issue");
        reply(checkIn, "U-4", "Funding cuts");

        assertThat(export.asMessage(community, WEEK).plainText()).contains("this week is not over yet");
        clock.advance(Duration.ofDays(7));
        String csv = export.csv(community, WEEK.plusDays(3));
        assertThat(csv).startsWith(TrendExport.HEADER + "\n")
                .contains("2031-03-03,2031-03-09,3,2031-03-03,participation,replies,4")
                .contains("2031-03-03,2031-03-09,3,2031-03-03,participation,people,4")
                .contains("2031-03-03,2031-03-09,3,2031-03-03,theme,Housing and landlords,3").doesNotContain("other")
                .doesNotContain("Funding").doesNotContain("evict").doesNotContain("2031-03-10");
        assertThat(jdbc.sql("SELECT person FROM trend_reply").query(String.class).list())
                .allSatisfy(pseudonym -> assertThat(csv).doesNotContain(pseudonym));
    }

    @Test
    void retentionKeepsPublishedCellsAndDeletesExpiredRowsReceiptsAndCustomPromptTexts() {
        CheckIn checkIn = checkIns.post(community, PromptKind.CUSTOM, "What did the Pemberton school do this week?",
                OptionalLong.empty());
        for (String user : List.of("U-1", "U-2", "U-3")) {
            reply(checkIn, user, "Hopeful about housing");
        }
        reply(checkIn, "U-4", "Tired");

        clock.advance(Duration.ofDays(7));
        retention.apply();
        assertThat(jdbc.sql("SELECT item FROM trend_cell WHERE community_id = ? AND kind = 'THEME'")
                .param(community.id()).query(String.class).list()).containsExactly("housing");
        String before = export.csv(community, WEEK);
        assertThat(rowsFor(community)).isPositive();

        clock.advance(Duration.ofDays(90));
        retention.apply();
        assertThat(rowsFor(community)).isZero();
        assertThat(checkIns.replyCount(checkIn.id())).as("receipts go with the rows").isZero();
        assertThat(DatabaseScan.find(jdbc, List.of("Pemberton"))).as("the custom prompt's text").isEmpty();
        // asked 90 days later the period is longer (its end moved), the cells are the same
        assertThat(cells(export.csv(community, WEEK))).as("the export reads the published cells now")
                .isEqualTo(cells(before));

        clock.advance(Duration.ofDays(731));
        retention.apply();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trend_week WHERE community_id = ?").param(community.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void receiptsAndTrendRowsKeepDaysNotInstants() {
        assertThat(columns("reply_receipt")).doesNotContain("received_at").contains("received_on");
        for (String table : List.of("trend_reply", "trend_mention", "trend_week", "trend_cell")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) = ? "
                            + "AND (data_type LIKE '%TIME%' OR data_type LIKE '%time%')").param(table)
                    .query(Integer.class).single()).as(table).isZero();
        }
    }

    private List<String> columns(String table) {
        return jdbc.sql("SELECT LOWER(column_name) FROM information_schema.columns WHERE LOWER(table_name) = ?")
                .param(table).query(String.class).list();
    }

    private int rowsFor(Community c) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM trend_mention WHERE community_id = ?) "
                + "+ (SELECT COUNT(*) FROM trend_reply WHERE community_id = ?)")
                .params(c.id(), c.id()).query(Integer.class).single();
    }

    /** An export's rows without the period columns: the week, section, item and count of each published cell. */
    private static List<String> cells(String csv) {
        return csv.lines().skip(1).map(row -> row.split(",", 4)[3]).toList();
    }
}
