package org.copcheckin.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;

import org.copcheckin.CopCheckinApplication;
import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.digest.Digests;
import org.copcheckin.insights.ContentRecallTest;
import org.copcheckin.insights.InsightsFixtures;
import org.copcheckin.insights.NameCorpus;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.support.CoreTestConfiguration;
import org.copcheckin.support.DatabaseScan;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Insights figures: theme precision and recall per theme on the labelled replies, replies analysed per second on
 * one thread (what runs before the acknowledgement), replies analysed per second through the real intake (receipt,
 * anonymiser, Lucene analysis, theme matching, trend rows committed), and the time to compose a digest (queries, composition, chart PNG)
 * over 1,000,000 stored pseudonymous rows of one community. In-memory H2, as the test profile. First, the crisis
 * signals' recall, precision and speed ({@link CrisisSignalsBench}).
 */
final class InsightsBench {

    static final int WARM_UP_REPLIES = 2_000;
    static final int MEASURED_REPLIES = 20_000;
    static final int TARGET_ROWS = 1_000_000;
    static final int WEEKS = 12;

    private InsightsBench() {
    }

    static void run() {
        CrisisSignalsBench.run();
        // pure: the bundled taxonomy against the labelled replies, and the analysis on the request thread
        org.copcheckin.insights.AnswerFamiliesFigures.benchmark().forEach(line -> System.out.println("insights: " + line));
        org.copcheckin.insights.ThemeQuality.benchmark().forEach(line -> System.out.println("insights: " + line));
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("logging.level.org.copcheckin", "WARN");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CopCheckinApplication.class,
                CoreTestConfiguration.class).web(WebApplicationType.NONE).profiles("test").run()) {
            replies(context);
            digest(context);
        }
    }

    private static void replies(ConfigurableApplicationContext context) {
        Community community = context.getBean(Communities.class)
                .findOrCreate(new ChannelRef(PlatformKind.SLACK, "T-BENCH", "C-REPLIES"));
        CheckIns checkIns = context.getBean(CheckIns.class);
        ReplyIntake intake = context.getBean(ReplyIntake.class);
        List<String> corpus = new ArrayList<>();
        InsightsFixtures.CHALLENGES.forEach(r -> corpus.add(r.text()));
        InsightsFixtures.WORDS.forEach(r -> corpus.add(r.text()));
        NameCorpus.replies().forEach(r -> corpus.add(r.text()));
        CheckIn checkIn = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        feed(intake, checkIn, corpus, 0, WARM_UP_REPLIES);
        long start = System.nanoTime();
        feed(intake, checkIn, corpus, WARM_UP_REPLIES, MEASURED_REPLIES);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("insights.replies_per_second: %,.0f (%,d replies of %,d distinct members, realistic sentences "
                        + "with names, analysed and stored in %.2f s: anonymiser, Lucene, closed vocabulary, themes, "
                        + "trend rows, each committed before the next)%n",
                MEASURED_REPLIES / seconds, MEASURED_REPLIES, MEASURED_REPLIES, seconds);
        List<String> leaked = DatabaseScan.findWords(context.getBean(JdbcClient.class), NameCorpus.allNeedles());
        System.out.printf("insights.names_leaked: %d of %d name parts of the name corpus found in any table "
                + "(target 0) %s%n", leaked.size(), NameCorpus.allNeedles().size(), leaked);
        System.out.printf("insights.content_word_recall: %.1f%% (target at least 95%%)%n",
                100 * ContentRecallTest.recall(false));
    }

    private static void feed(ReplyIntake intake, CheckIn checkIn, List<String> corpus, int from, int count) {
        for (int i = from; i < from + count; i++) {
            // thousands of distinct members who each reply once
            intake.receive(new ThreadReplyReceived(checkIn.thread(),
                    new MemberRef(PlatformKind.SLACK, "T-BENCH", "U" + i), "m" + i,
                    corpus.get(i % corpus.size()), Instant.now(), InsightsFixtures.KNOWN_NAMES));
        }
    }

    private static void digest(ConfigurableApplicationContext context) {
        Community community = context.getBean(Communities.class)
                .findOrCreate(new ChannelRef(PlatformKind.SLACK, "T-BENCH", "C-DIGEST"));
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long start = System.nanoTime();
        int rows = seed(jdbc, community, LocalDate.now(java.time.ZoneOffset.UTC));
        System.out.printf("insights: seeded %,d pseudonymous rows in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
        Digests digests = context.getBean(Digests.class);
        MemberRef caller = new MemberRef(PlatformKind.SLACK, "T-BENCH", "U-FACILITATOR");
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        long[] compose = new long[6];
        long[] full = new long[6];
        Message message = null;
        for (int i = 0; i < compose.length; i++) {
            long t = System.nanoTime();
            message = digests.preview(community, today.minusDays(6));
            compose[i] = (System.nanoTime() - t) / 1_000_000;
            t = System.nanoTime();
            digests.forCaller(community, caller, Optional.empty());
            full[i] = (System.nanoTime() - t) / 1_000_000;
        }
        System.out.printf("insights.digest_compose_ms: %s over %,d stored pseudonymous rows (the door's published cells "
                + "and this week so far, counted from its rows; first run %d ms, publishing the 11 finished weeks once, "
                + "as the nightly job otherwise does)%n", stats(compose), rows, compose[0]);
        System.out.printf("insights.digest_end_to_end_ms: %s (compose + PNG chart + private delivery)%n",
                stats(full));
        System.out.println("insights: digest has " + message.paragraphs().size() + " sections");
    }

    private static String stats(long[] millis) {
        long[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(warm);
        return "median " + warm[warm.length / 2] + " ms, worst " + warm[warm.length - 1] + " ms of " + warm.length
                + " warm runs (target < 500 ms)";
    }

    /**
     * Twelve weeks of a large community as the recorder writes them: each week about 7,500 replies of 5,000
     * distinct people (a person's weekly pseudonym, a word, two themes and eight terms per reply).
     */
    private static int seed(JdbcTemplate jdbc, Community community, LocalDate today) {
        Random random = new Random(42);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            vocabulary.add("term" + Integer.toString(i, 36) + "x");
        }
        String[] themes = {"housing", "funding", "transportation", "attendance", "mental-health", "harm-reduction",
                "child-welfare", "healthcare", "systems-navigation", "coordinated-access", "community-partners",
                "family-engagement", "under-18-youth", "food-insecurity", "data-sharing", "staffing-capacity"};
        int perWeek = TARGET_ROWS / WEEKS;
        int rows = 0;
        int key = 0;
        LocalDate current = org.copcheckin.insights.Weeks.startOf(today);
        for (int w = 0; w < WEEKS; w++) {
            LocalDate week = current.minusWeeks(w);
            List<Object[]> replies = new ArrayList<>();
            List<Object[]> mentions = new ArrayList<>();
            while (mentions.size() < perWeek) {
                String person = String.format("%064x", (long) w * 1_000_000 + random.nextInt(5_000));
                String replyKey = String.format("%064x", (long) key++);
                replies.add(new Object[] {community.id(), week, person, replyKey});
                mentions.add(mention(community, week, "WORD", vocabulary.get(zipf(random, 40)), person, replyKey));
                for (String theme : distinct(random, themes.length, 2)) {
                    mentions.add(mention(community, week, "THEME", themes[Integer.parseInt(theme)], person, replyKey));
                }
                for (String term : distinct(random, vocabulary.size(), 8)) {
                    mentions.add(mention(community, week, "TERM", vocabulary.get(Integer.parseInt(term)), person, replyKey));
                }
            }
            jdbc.batchUpdate("INSERT INTO trend_reply (community_id, week_start, person, reply_key) VALUES (?, ?, ?, ?)",
                    replies);
            jdbc.batchUpdate("INSERT INTO trend_mention (community_id, week_start, kind, item, form, person, reply_key) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", mentions);
            rows += mentions.size() + replies.size();
        }
        return rows;
    }

    private static Object[] mention(Community community, LocalDate week, String kind, String item, String person,
                                    String replyKey) {
        return new Object[] {community.id(), week, kind, item, "WORD".equals(kind) ? item : null, person, replyKey};
    }

    private static Set<String> distinct(Random random, int size, int count) {
        Set<String> picked = new java.util.HashSet<>();
        while (picked.size() < count) {
            picked.add(Integer.toString(zipf(random, size)));
        }
        return picked;
    }

    /** Skewed towards small indexes, as real vocabularies are. */
    private static int zipf(Random random, int size) {
        return (int) Math.min(size - 1, Math.floor(Math.pow(size + 1, random.nextDouble()) - 1));
    }

}
