package org.copcheckin.bench;

import java.sql.Timestamp;
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
import org.copcheckin.insights.InsightsFixtures;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.support.CoreTestConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Insights figures: theme precision and recall per theme on the labelled replies, replies analysed per second on
 * one thread (what runs before the acknowledgement), replies analysed per second through the real intake (receipt,
 * anonymiser, Lucene analysis, theme matching, trend rows committed), and the time to compose a digest (queries, composition, chart PNG)
 * over 1,000,000 stored pseudonymous rows of one community. In-memory H2, as the test profile.
 */
final class InsightsBench {

    static final int WARM_UP_REPLIES = 2_000;
    static final int MEASURED_REPLIES = 20_000;
    static final int TARGET_ROWS = 1_000_000;
    static final int DAYS = 84;

    private InsightsBench() {
    }

    static void run() {
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
        CheckIn checkIn = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        feed(intake, checkIn, corpus, 0, WARM_UP_REPLIES);
        long start = System.nanoTime();
        feed(intake, checkIn, corpus, WARM_UP_REPLIES, MEASURED_REPLIES);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("insights: %,d replies analysed and stored in %.2f s: %,.0f replies/s "
                        + "(anonymiser + Lucene analysis + themes + trend rows, committed one by one)%n",
                MEASURED_REPLIES, seconds, MEASURED_REPLIES / seconds);
    }

    private static void feed(ReplyIntake intake, CheckIn checkIn, List<String> corpus, int from, int count) {
        for (int i = from; i < from + count; i++) {
            intake.receive(new ThreadReplyReceived(checkIn.thread(),
                    new MemberRef(PlatformKind.SLACK, "T-BENCH", "U" + (i % 5_000)), "m" + i,
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
            message = digests.preview(community, today.minusDays(6), today);
            compose[i] = (System.nanoTime() - t) / 1_000_000;
            t = System.nanoTime();
            digests.forCaller(community, caller, Optional.empty());
            full[i] = (System.nanoTime() - t) / 1_000_000;
        }
        System.out.printf("insights: compose a digest over %,d stored rows (queries + k-anonymous composition): "
                + "first %d ms (rolls up the 12 finished weeks once, as the nightly job otherwise does), then %s%n",
                rows, compose[0], stats(compose));
        System.out.printf("insights: digest command end to end (compose + PNG chart + private delivery): %s%n",
                stats(full));
        System.out.println("insights: digest has " + message.paragraphs().size() + " sections");
    }

    private static String stats(long[] millis) {
        long[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(warm);
        return "median " + warm[warm.length / 2] + " ms, worst " + warm[warm.length - 1] + " ms of " + warm.length
                + " warm runs (target < 500 ms)";
    }

    /** One check-in a day over 12 weeks; each participant's rows as the recorder writes them. */
    private static int seed(JdbcTemplate jdbc, Community community, LocalDate today) {
        Random random = new Random(42);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            vocabulary.add("term" + Integer.toString(i, 36) + "x");
        }
        String[] themes = {"housing", "funding", "transportation", "attendance", "mental-health", "harm-reduction",
                "child-welfare", "healthcare", "systems-navigation", "coordinated-access", "community-partners",
                "family-engagement", "under-18-youth", "food-insecurity", "data-sharing", "staffing-capacity"};
        int perDay = TARGET_ROWS / DAYS;
        int rows = 0;
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = today.minusDays(d);
            Timestamp at = Timestamp.from(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            jdbc.update("INSERT INTO checkin (community_id, prompt_kind, prompt_text, thread_id, posted_at) VALUES (?, ?, ?, ?, ?)",
                    community.id(), d % 3 == 0 ? "WORD" : "CHALLENGE", "bench", "bench-" + d, at);
            long checkInId = jdbc.queryForObject("SELECT id FROM checkin WHERE community_id = ? AND thread_id = ?",
                    Long.class, community.id(), "bench-" + d);
            List<Object[]> entries = new ArrayList<>();
            List<Object[]> participation = new ArrayList<>();
            for (int p = 0; entries.size() < perDay; p++) {
                String pseudonym = String.format("%064x", (long) d * 1_000_000 + p);
                participation.add(new Object[] {community.id(), checkInId, pseudonym, day, 1, at});
                if (d % 3 == 0) {
                    entries.add(entry(community, checkInId, day, "WORD", vocabulary.get(zipf(random, 40)), pseudonym, at));
                }
                for (String theme : distinct(random, themes.length, 2)) {
                    entries.add(entry(community, checkInId, day, "THEME", themes[Integer.parseInt(theme)], pseudonym, at));
                }
                for (String term : distinct(random, vocabulary.size(), 8)) {
                    entries.add(entry(community, checkInId, day, "TERM", vocabulary.get(Integer.parseInt(term)), pseudonym, at));
                }
            }
            jdbc.batchUpdate("INSERT INTO insight_participation (community_id, checkin_id, participant, period_day, replies, "
                    + "recorded_at) VALUES (?, ?, ?, ?, ?, ?)", participation);
            jdbc.batchUpdate("INSERT INTO insight_entry (community_id, checkin_id, period_day, kind, term, form, participant, "
                    + "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", entries);
            rows += entries.size();
        }
        return rows;
    }

    private static Object[] entry(Community community, long checkInId, LocalDate day, String kind, String term,
                                  String pseudonym, Timestamp at) {
        return new Object[] {community.id(), checkInId, day, kind, term, "WORD".equals(kind) ? term : null, pseudonym, at};
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
