package org.copcheckin.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copcheckin.support.Fixtures.adminCommand;
import static org.copcheckin.support.Fixtures.WORKSPACE;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.command;
import static org.copcheckin.support.Fixtures.member;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.copcheckin.CopCheckinApplication;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.checkins.ReplyOutcome;
import org.copcheckin.commands.CommandHandler;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.Facilitators;
import org.copcheckin.digest.Digests;
import org.copcheckin.insights.NameCorpus;
import org.copcheckin.insights.PublishedTrends;
import org.copcheckin.insights.TrendKind;
import org.copcheckin.insights.TrendQuery;
import org.copcheckin.insights.WeekCells;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.platform.ThreadRef;
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.privacy.Pseudonyms;
import org.copcheckin.support.CoreTestConfiguration;
import org.copcheckin.support.DatabaseScan;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * The core as a user drives it (commands, thread replies, the daily retention job) on a real PostgreSQL
 * (zonky's embedded PostgreSQL 17) instead of H2: check-ins, insights, digest, export, pairing, member
 * preferences, forget-me, retention and schedules.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoreOnPostgresTest {

    /** Not the suite's names: Quartz keeps connection providers per scheduler name, JVM-wide. */
    private static final String SCHEDULER = "cop-checkin-core-on-postgres";
    /** A Tuesday ahead of real time, so Quartz has nothing to fire while the test runs. */
    private static final Instant NOW = Instant.parse("2031-03-04T12:00:00Z");
    private static final String FACILITATOR = "U-CONFIGURED";
    private static final String PERSONAL = "Hopeful - Jordan Alvarez is housed, call 555-201-3344 or jordan.alvarez@example.org";

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext app;
    private static JdbcClient jdbc;
    private static MutableClock clock;
    private static RecordingChatPlatform platform;
    private static CommandHandler handler;
    private static ReplyIntake intake;

    @BeforeAll
    static void startOnPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE core");
        }
        app = new SpringApplicationBuilder(CopCheckinApplication.class, CoreTestConfiguration.class).profiles("test")
                .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "core"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
                        "--spring.datasource.hikari.maximum-pool-size=5",
                        "--spring.quartz.properties.org.quartz.scheduler.instanceName=" + SCHEDULER);
        jdbc = app.getBean(JdbcClient.class);
        clock = app.getBean(MutableClock.class);
        platform = app.getBean(RecordingChatPlatform.class);
        handler = app.getBean(CommandHandler.class);
        intake = app.getBean(ReplyIntake.class);
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        postgres.close();
    }

    @BeforeEach
    void resetClock() {
        clock.set(NOW);
    }

    @Test
    @Order(1)
    void repliesCountOnceAndNoPersonalDataReachesAnyTable() {
        ChannelRef channel = channel("C-PG-REPLIES");
        ThreadRef thread = prompt(channel, "word");

        assertThat(reply(thread, "U-1", "m-1", "Hopeful")).isEqualTo(ReplyOutcome.RECORDED);
        assertThat(reply(thread, "U-1", "m-1", "Hopeful")).as("a repeated delivery").isEqualTo(ReplyOutcome.DUPLICATE);
        assertThat(reply(thread, "U-2", "m-2", "hopeful!")).isEqualTo(ReplyOutcome.RECORDED);
        assertThat(reply(thread, "U-3", "m-3", PERSONAL)).isEqualTo(ReplyOutcome.RECORDED);
        assertThat(reply(thread, "U-4", "m-4", "Tired")).isEqualTo(ReplyOutcome.RECORDED);

        Community community = community(channel);
        assertThat(app.getBean(CheckIns.class).replyCount(checkInOf(community, thread))).isEqualTo(4);
        LocalDate today = LocalDate.of(2031, 3, 4);
        WeekCells week = app.getBean(PublishedTrends.class)
                .query(TrendQuery.finishedWeeksSince(community, today, today).withWeekSoFar(today)).week(today).orElseThrow();
        assertThat(week.cells(TrendKind.WORD)).containsOnlyKeys("hopeful");
        assertThat(week.cells(TrendKind.WORD).get("hopeful").people()).isEqualTo(3);
        assertThat(DatabaseScan.find(jdbc, List.of("Jordan", "Alvarez", "555-201-3344", "jordan.alvarez@example.org",
                "example.org", "is housed", "U-3", "m-3", "Dana Whitfield"))).isEmpty();
        assertThat(DatabaseScan.find(jdbc, List.of(thread.threadId()))).as("the scan sees stored values").isNotEmpty();

        // the name corpus of many languages and typings, as on H2 (NameCorpusTest)
        ThreadRef challenge = prompt(channel, "challenge");
        int n = 0;
        for (NameCorpus.Reply named : NameCorpus.replies()) {
            reply(challenge, "U-NC-" + (n % 30), "nc-" + n++, named.text());
        }
        assertThat(DatabaseScan.findWords(jdbc, NameCorpus.allNeedles())).isEmpty();
    }

    @Test
    @Order(2)
    void theDigestExportAndStatusShowWhatMembersSaid() {
        ChannelRef channel = channel("C-PG-DIGEST");
        // Monday's challenge and Tuesday's word answers: one week, counted so far on demand, published once over
        clock.set(NOW.minus(Duration.ofDays(1)));
        ThreadRef challenge = prompt(channel, "challenge");
        reply(challenge, "U-1", "d-1", "The landlord raised the rent and the eviction notice came");
        reply(challenge, "U-2", "d-2", "Rent is overdue, the landlord won't fix the heating");
        reply(challenge, "U-3", "d-3", "Another landlord dispute about rent");
        reply(challenge, "U-4", "d-4", "Funding for the bus runs out");
        clock.set(NOW);
        ThreadRef word = prompt(channel, "word");
        for (int i = 1; i <= 3; i++) {
            reply(word, "U-" + i, "w-" + i, "Exhausted");
        }
        members(channel, 5);

        String digest = handler.handle(command(channel, FACILITATOR, "digest")).plainText();
        assertThat(digest).contains("week of 3 Mar (so far): 4 people, 7 replies").contains("exhausted (3)")
                .contains("Housing and landlords: 3 people")
                .as("a community's first week has no history to find emerging terms against")
                .contains("*Emerging terms:* not yet").contains("first week with cop-checkin")
                .doesNotContain("Funding");
        assertThat(handler.handle(command(channel, FACILITATOR, "facilitator add <@U-5>")).plainText())
                .contains("is now a facilitator");
        assertThat(count("trend_week WHERE community_id = ?", community(channel).id()))
                .as("the week in progress is never stored").isZero();

        clock.set(NOW.plus(Duration.ofDays(6)));
        assertThat(app.getBean(Digests.class).deliverToFacilitators(community(channel))).isEqualTo(1);
        // the digest has themes, so it comes with its chart attached: one message
        List<RecordingChatPlatform.Sent> withChart = platform.sent("private-with-image");
        assertThat(withChart.get(withChart.size() - 1).message().plainText())
                .contains("Check-in digest").contains("Housing and landlords").doesNotContain("so far");
        assertThat(count("trend_week WHERE community_id = ? AND week_start = ?", community(channel).id(),
                LocalDate.of(2031, 3, 3))).as("the finished week published").isEqualTo(1);

        String export = exportFile(channel, "export since 2031-03-01");
        assertThat(export).contains("2031-03-03,participation,replies,7").contains("2031-03-03,participation,people,4")
                .contains("2031-03-03,theme,Housing and landlords,3").doesNotContain("Funding");

        String status = handler.handle(command(channel, FACILITATOR, "status")).plainText();
        assertThat(status).contains("no round yet");
    }

    @Test
    @Order(3)
    void pairingRoundsFollowPreferencesAndRememberWhoMet() {
        ChannelRef channel = channel("C-PG-PAIR");
        members(channel, 6);
        assertThat(handler.handle(command(channel, FACILITATOR, "pair preview")).plainText())
                .startsWith("Pairing preview").contains("@U-1").contains("@U-6");
        assertThat(handler.handle(command(channel, FACILITATOR, "pair")).plainText()).contains("Introduced 3 of 3 groups");
        Community community = community(channel);
        assertThat(count("pair_history WHERE community_id = ?", community.id())).isEqualTo(3);
        assertThat(count("pairing_introduction")).isGreaterThanOrEqualTo(6);
        RecordingChatPlatform.Sent introduction = platform.sent("private").get(platform.sent("private").size() - 1);
        String groupId = introduction.message().buttons().get(0).value();
        String partner = introduction.target().split(",")[0];
        ChannelRef conversation = new ChannelRef(channel.platform(), channel.workspaceId(), "private-pg");
        app.publishEvent(new ButtonPressed(conversation, member(partner), "pairing.met", groupId));
        app.publishEvent(new ButtonPressed(conversation, member(partner), "pairing.met", groupId));
        assertThat(count("pairing_answer WHERE group_id = ?", Long.parseLong(groupId))).isEqualTo(1);
        assertThat(handler.handle(command(channel, FACILITATOR, "digest")).plainText()).contains("*Pairing:* 1 round, 1 of 3 groups met");

        assertThat(handler.handle(command(channel, "U-2", "optout")).plainText()).startsWith("You're out");
        assertThat(handler.handle(command(channel, "U-3", "pause 2")).plainText()).startsWith("Paused");
        assertThat(handler.handle(command(channel, "U-4", "profile org Acme Schools")).plainText()).contains("Acme Schools");
        assertThat(jdbc.sql("SELECT organisation FROM member WHERE community_id = ? AND user_id = 'U-4'")
                .param(community.id()).query(String.class).single()).isEqualTo("Acme Schools");
        String preview = handler.handle(command(channel, FACILITATOR, "pair preview")).plainText();
        assertThat(preview).contains("Not included").contains("@U-2").contains("@U-3");
        assertThat(handler.handle(command(channel, "U-2", "optin")).plainText()).startsWith("You're in");
        assertThat(handler.handle(command(channel, FACILITATOR, "pair preview")).plainText()).doesNotContain("@U-2 (");

        clock.advance(Duration.ofDays(7));
        assertThat(handler.handle(command(channel, FACILITATOR, "pair")).plainText()).contains("Introduced 2 of 2 groups");
        assertThat(count("pair_history WHERE community_id = ?", community.id())).isGreaterThan(3);
        assertThat(count("pair_history WHERE community_id = ? AND (user_a = 'U-3' OR user_b = 'U-3')", community.id()))
                .as("U-3 is paused").isEqualTo(1);
        assertThat(handler.handle(command(channel, FACILITATOR, "status")).plainText()).contains("last round #")
                .contains("(manual) done (2 groups)");

        assertThat(handler.handle(adminCommand(channel, "U-ADMIN", "pair mode opt-in")).plainText())
                .startsWith("Pairing is now opt-in");
        assertThat(handler.handle(adminCommand(channel, "U-ADMIN", "pair mode opt-out")).plainText())
                .startsWith("Pairing is now opt-out");
    }

    @Test
    @Order(4)
    void forgetMeRemovesTheCallersRows() {
        ChannelRef channel = channel("C-PG-FORGET");
        ThreadRef thread = prompt(channel, "challenge");
        reply(thread, "U-7", "f-7", "The landlord raised the rent");
        reply(thread, "U-8", "f-8", "Rent again and the bus is late");
        handler.handle(command(channel, "U-7", "profile org Leavers Inc"));
        platform.setMembers(channel, List.of(new ChannelMember(member("U-7"), "Seven", false),
                new ChannelMember(member("U-8"), "Eight", false)));
        assertThat(handler.handle(command(channel, FACILITATOR, "pair")).plainText()).contains("Introduced 1 of 1 groups");
        Community community = community(channel);
        assertThat(count("trend_reply WHERE community_id = ?", community.id())).isEqualTo(2);
        long entries = count("trend_mention WHERE community_id = ?", community.id());

        assertThat(handler.handle(command(channel, "U-7", "optout")).plainText()).startsWith("You're out");
        assertThat(org.copcheckin.support.ConfirmButtons.confirmed(handler, app, platform,
                command(channel, "U-7", "forget-me")).plainText()).as("confirmed, on PostgreSQL").startsWith("Done");

        assertThat(count("trend_reply WHERE community_id = ?", community.id())).isEqualTo(1);
        assertThat(count("trend_mention WHERE community_id = ?", community.id())).isBetween(1L, entries - 1);
        assertThat(count("opted_out_marker")).as("a keyed marker keeps U-7 out of pairing").isEqualTo(1);
        assertThat(handler.handle(command(channel, FACILITATOR, "pair preview")).plainText())
                .contains("@U-7 (opted out)");
        assertThat(count("member WHERE user_id = 'U-7'")).isZero();
        assertThat(count("pair_history WHERE user_a = 'U-7' OR user_b = 'U-7'")).isZero();
        assertThat(count("pairing_group_member WHERE user_id = 'U-7'")).isZero();
        assertThat(count("pairing_introduction WHERE user_id = 'U-7'")).isZero();
        assertThat(DatabaseScan.find(jdbc, List.of("U-7", "Leavers Inc"))).isEmpty();
        assertThat(count("pairing_group_member WHERE user_id = 'U-8'")).isEqualTo(1);
    }

    @Test
    @Order(5)
    void schedulesAreAddedListedAndRemoved() {
        ChannelRef channel = channel("C-PG-SCHEDULE");
        String added = handler.handle(command(channel, FACILITATOR, "schedule add word weekly mon 09:00 Europe/London"))
                .plainText();
        assertThat(added).startsWith("Scheduled #").contains("Next run");
        String id = added.substring("Scheduled #".length(), added.indexOf(':'));
        assertThat(handler.handle(command(channel, FACILITATOR, "schedule list")).plainText()).contains("#" + id);
        assertThat(handler.handle(command(channel, FACILITATOR, "status")).plainText()).contains("#" + id);
        assertThat(handler.handle(command(channel, FACILITATOR, "schedule remove " + id)).plainText())
                .isEqualTo("Removed schedule #" + id + ".");
        assertThat(handler.handle(command(channel, FACILITATOR, "schedule list")).plainText()).contains("no schedules yet");
        Community community = community(channel);
        assertThat(count("schedule WHERE community_id = ? AND action = 'WORD'", community.id())).isZero();
    }

    @Test
    @Order(6)
    void theRetentionJobRollsUpWeeksThenDeletesExpiredRowsAndOldAggregates() {
        ChannelRef channel = channel("C-PG-RETAIN");
        ThreadRef thread = prompt(channel, "word");
        for (String user : List.of("U-1", "U-2", "U-3")) {
            reply(thread, user, "r-" + user, "Hopeful about housing");
        }
        reply(thread, "U-4", "r-U-4", "Tired");
        Community community = community(channel);
        clock.advance(Duration.ofDays(7));
        String before = exportFile(channel, "export since 2031-03-03");
        assertThat(before).contains("2031-03-03,participation,people,4");

        runRetentionJob();
        assertThat(jdbc.sql("SELECT item FROM trend_cell WHERE community_id = ? AND kind = 'WORD'")
                .param(community.id()).query(String.class).list()).containsExactly("hopeful");
        assertThat(count("trend_reply WHERE community_id = ?", community.id())).isEqualTo(4);

        clock.advance(Duration.ofDays(90));
        runRetentionJob();
        assertThat(count("trend_mention") + count("trend_reply")).isZero();
        clock.set(NOW.plus(Duration.ofDays(7)));
        assertThat(exportFile(channel, "export since 2031-03-03"))
                .as("the export reads the published cells now").isEqualTo(before);

        clock.set(NOW.plus(Duration.ofDays(7 + 90 + 731)));
        runRetentionJob();
        assertThat(count("trend_week") + count("trend_cell")).isZero();
    }

    @Test
    @Order(7)
    void aCommunityCreatedConcurrentlyByAnotherReplicaIsUsed() throws Exception {
        ChannelRef channel = channel("C-PG-RACE");
        Communities communities = app.getBean(Communities.class);
        long found = whileAnotherReplicaInserts("INSERT INTO community (platform, workspace_id, channel_id, time_zone, "
                        + "k_anonymity, pairing_mode, created_at) VALUES ('SLACK', '" + WORKSPACE + "', 'C-PG-RACE', 'UTC', 3, "
                        + "'OPT_OUT', now())",
                () -> communities.findOrCreate(channel).id());
        assertThat(communities.find(channel).orElseThrow().id()).as("the other replica's row").isEqualTo(found);
    }

    @Test
    @Order(8)
    void aFacilitatorAddedConcurrentlyByAnotherReplicaIsNotAddedTwice() throws Exception {
        ChannelRef channel = channel("C-PG-RACE-FACILITATOR");
        Community community = app.getBean(Communities.class).findOrCreate(channel);
        Facilitators facilitators = app.getBean(Facilitators.class);
        boolean added = whileAnotherReplicaInserts("INSERT INTO facilitator (community_id, user_id, added_at, active_on) "
                + "VALUES (" + community.id() + ", 'U-RACE', now(), CURRENT_DATE)", () -> facilitators.add(community, "U-RACE"));
        assertThat(added).isFalse();
        assertThat(facilitators.added(community)).containsExactly("U-RACE");
    }

    @Test
    @Order(9)
    void aMemberWhoseRowAnotherReplicaCreatesAtTheSameMomentKeepsTheirOrganisation() throws Exception {
        Community community = app.getBean(Communities.class).findOrCreate(channel("C-PG-RACE-MEMBER"));
        String answer = whileAnotherReplicaInserts("INSERT INTO member (community_id, user_id, pairing, updated_at, "
                        + "active_on) VALUES (" + community.id() + ", 'U-RACE', 'ACTIVE', now(), CURRENT_DATE)",
                () -> handler.handle(command(community.channel(), "U-RACE", "profile org Acme Schools")).plainText());
        assertThat(answer).contains("Acme Schools");
        assertThat(count("member WHERE community_id = ? AND user_id = 'U-RACE' AND organisation = 'Acme Schools'",
                community.id())).isEqualTo(1);
    }

    @Test
    @Order(10)
    void aReplyAnotherReplicaRecordsAtTheSameMomentCountsOnce() throws Exception {
        ChannelRef channel = channel("C-PG-RACE-REPLY");
        ThreadRef thread = prompt(channel, "word");
        long checkIn = checkInOf(community(channel), thread);
        String deliveryKey = app.getBean(Pseudonyms.class).of("reply-delivery-in-channel", "SLACK", "C-PG-RACE-REPLY", "m-race");
        ReplyOutcome outcome = whileAnotherReplicaInserts("INSERT INTO reply_receipt (checkin_id, delivery_key, "
                + "received_on) VALUES (" + checkIn + ", '" + deliveryKey + "', CURRENT_DATE)",
                () -> reply(thread, "U-RACE", "m-race", "Hopeful"));
        assertThat(outcome).isEqualTo(ReplyOutcome.DUPLICATE);
        assertThat(count("reply_receipt WHERE checkin_id = ?", checkIn)).isEqualTo(1);
        assertThat(reply(thread, "U-RACE", "m-race-2", "Tired")).isEqualTo(ReplyOutcome.RECORDED);
    }

    @Test
    @Order(11)
    void aMembersOneClickAnswersLeaveTheLastOneEvenWhileAnotherReplicaRecordsOrReplacesOne() throws Exception {
        ChannelRef channel = channel("C-PG-ONE-CLICK");
        ThreadRef thread = prompt(channel, "word");
        Community community = community(channel);
        long checkIn = checkInOf(community, thread);
        String own = ReplyIntake.ownAnswerId(checkIn, member("U-CLICK"));
        String deliveryKey = app.getBean(Pseudonyms.class).of("reply-delivery-in-channel", "SLACK", "C-PG-ONE-CLICK",
                own);

        // another replica records the member's first answer at the same moment: this one waits, then replaces it
        assertThat(whileAnotherReplicaInserts("INSERT INTO reply_receipt (checkin_id, delivery_key, received_on) "
                + "VALUES (" + checkIn + ", '" + deliveryKey + "', CURRENT_DATE)", () -> answer(thread, own, "tired")))
                .isEqualTo(ReplyOutcome.REPLACED);
        assertThat(words(community)).containsExactly("tired");
        // another replica replacing it holds the receipt: this one waits for its commit, then replaces it in turn
        assertThat(whileAnotherReplicaInserts("UPDATE reply_receipt SET received_on = CURRENT_DATE WHERE checkin_id = "
                + checkIn + " AND delivery_key = '" + deliveryKey + "'", () -> answer(thread, own, "hopeful")))
                .isEqualTo(ReplyOutcome.REPLACED);
        assertThat(answer(thread, own, "hopeful")).as("the same press again").isEqualTo(ReplyOutcome.REPLACED);

        assertThat(words(community)).containsExactly("hopeful");
        assertThat(count("reply_receipt WHERE checkin_id = ?", checkIn)).isEqualTo(1);
        assertThat(count("trend_reply WHERE community_id = ?", community.id())).isEqualTo(1);
        assertThat(DatabaseScan.find(jdbc, List.of("U-CLICK"))).isEmpty();
    }

    private static ReplyOutcome answer(ThreadRef thread, String ownAnswerId, String word) {
        return intake.answer(new ThreadReplyReceived(thread, member("U-CLICK"), ownAnswerId, word, clock.instant(),
                Set.of()));
    }

    private static List<String> words(Community community) {
        return jdbc.sql("SELECT item FROM trend_mention WHERE community_id = ? AND kind = 'WORD'")
                .param(community.id()).query(String.class).list();
    }

    /**
     * Another replica inserts (or updates) in a transaction left open; {@code action} then writes the same key, which
     * waits for that transaction and fails or goes on once it commits. Returns what {@code action} made of it.
     */
    private static <T> T whileAnotherReplicaInserts(String insert, Callable<T> action) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Connection other = postgres.getDatabase("postgres", "core").getConnection();
             Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.executeUpdate(insert);
            Future<T> ours = executor.submit(action);
            await().atMost(Duration.ofSeconds(10)).until(() -> count("pg_stat_activity WHERE wait_event_type = 'Lock'") > 0);
            other.commit();
            return ours.get(10, TimeUnit.SECONDS);
        } finally {
            executor.shutdownNow();
        }
    }

    private static ThreadRef prompt(ChannelRef channel, String kind) {
        String answer = handler.handle(command(channel, FACILITATOR, "prompt " + kind)).plainText();
        assertThat(answer).startsWith("Posted the");
        List<RecordingChatPlatform.Sent> posts = platform.sent("post");
        String target = posts.get(posts.size() - 1).target();
        return new ThreadRef(channel, target.substring(target.indexOf('/') + 1));
    }

    private static long checkInOf(Community community, ThreadRef thread) {
        return app.getBean(CheckIns.class).since(community, Instant.EPOCH).stream()
                .filter(checkIn -> checkIn.thread().equals(thread)).findFirst().orElseThrow().id();
    }

    private static ReplyOutcome reply(ThreadRef thread, String userId, String messageId, String text) {
        return intake.receive(new ThreadReplyReceived(thread, member(userId), messageId, text, clock.instant(),
                Set.of("Dana Whitfield")));
    }

    private static Community community(ChannelRef channel) {
        return app.getBean(Communities.class).find(channel).orElseThrow();
    }

    private static long count(String fromWhere, Object... params) {
        return jdbc.sql("SELECT COUNT(*) FROM " + fromWhere).params(params).query(Long.class).single();
    }

    private static void members(ChannelRef channel, int n) {
        platform.setMembers(channel, IntStream.rangeClosed(1, n)
                .mapToObj(i -> new ChannelMember(member("U-" + i), "Member " + i, false)).toList());
    }

    private static void runRetentionJob() {
        app.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .filter(task -> task.getTask().getRunnable().toString().contains("InsightsRetention"))
                .findFirst().orElseThrow().getTask().getRunnable().run();
    }

    /** Runs an export and returns the CSV of the file it sent to the caller. */
    private String exportFile(ChannelRef channel, String text) {
        assertThat(handler.handle(command(channel, FACILITATOR, text)).plainText()).contains("Sent you the export");
        List<RecordingChatPlatform.Sent> files = platform.sent("file");
        return files.get(files.size() - 1).message().paragraphs().get(0);
    }
}
