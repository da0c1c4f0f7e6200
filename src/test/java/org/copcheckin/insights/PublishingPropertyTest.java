package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.channel;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.digest.Digests;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The publishing rule as a property. For random communities (k from 2 to 4, several zones), members and replies
 * over several weeks, and random sets of door queries, exports and on-demand digests over any weeks:
 * <ul>
 *   <li>every published figure is a weekly cell of at least k distinct people, equal to the true count, and no
 *       export or scheduled figure covers the week in progress;</li>
 *   <li>no hidden cell can be recovered from the published set: changing hidden cells (removing one, adding people
 *       below k, adding an item nobody else gave) leaves every output byte for byte the same, so no combination of
 *       outputs, over any date ranges, depends on them.</li>
 * </ul>
 */
@CoreSpringTest
class PublishingPropertyTest {

    private static final List<String> THEMES = List.of("housing", "funding", "transportation", "attendance",
            "mental-health", "food-insecurity");
    private static final List<String> WORDS = List.of("tired", "hopeful", "overwhelm", "curious");
    private static final List<String> TERMS = List.of("rent", "bus", "staff", "landlord", "clinic", "pantry", "grant",
            "intake");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("America/Toronto"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Auckland"));

    @Autowired
    Communities communities;
    @Autowired
    TrendStore store;
    @Autowired
    PublishedTrends trends;
    @Autowired
    TrendExport export;
    @Autowired
    Digests digests;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate template;
    @Autowired
    MutableClock clock;

    /** The truth: week to kind to item to the people who gave it, and week to the people who replied. */
    private final Map<LocalDate, Map<TrendKind, Map<String, Set<String>>>> truth = new TreeMap<>();
    private final Map<LocalDate, Set<String>> repliers = new TreeMap<>();
    private int replyKeys;

    @AfterEach
    void resetClock() {
        clock.set(Instant.now());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void everyPublishedFigureIsACellOfKAndHiddenCellsChangeNothing(int seed) {
        Random random = new Random(seed);
        int k = 2 + random.nextInt(3);
        Community community = community(seed, k, ZONES.get(random.nextInt(ZONES.size())));
        int weeks = 2 + random.nextInt(5);
        LocalDate first = LocalDate.of(2032, 1, 5).plusWeeks(10L * seed); // a Monday, ahead of real time
        int members = 3 + random.nextInt(10);
        for (int w = 0; w < weeks; w++) {
            LocalDate week = first.plusWeeks(w);
            for (int m = 0; m < members; m++) {
                int replies = random.nextDouble() < 0.6 ? 1 + random.nextInt(3) : 0;
                for (int r = 0; r < replies; r++) {
                    reply(community, week, "person-" + seed + "-" + w + "-" + m, random);
                }
            }
        }
        // today: inside the last week (it is then the week in progress) or in the week after it
        LocalDate today = first.plusWeeks(weeks - 1L + random.nextInt(2)).plusDays(random.nextInt(7));
        clock.set(today.atTime(12, 0).atZone(community.zone()).toInstant());
        LocalDate current = Weeks.startOf(today);

        List<TrendQuery> queries = queries(community, first, weeks, today, random);
        List<LocalDate> sinceDays = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sinceDays.add(first.minusDays(7).plusDays(random.nextInt(7 * (weeks + 1))));
        }

        String before = outputs(community, queries, sinceDays);
        for (TrendQuery query : queries) {
            checkCells(trends.query(query), query, current, k);
        }
        for (LocalDate since : sinceDays) {
            checkExport(export.csv(community, since), current, k);
        }

        perturbHiddenCells(community, k, random);
        assertThat(outputs(community, queries, sinceDays)).as("outputs after hidden cells changed").isEqualTo(before);
    }

    private Community community(int seed, int k, ZoneId zone) {
        Community community = communities.findOrCreate(channel("C-PROPERTY-" + seed + "-" + System.nanoTime()));
        jdbc.sql("UPDATE community SET k_anonymity = ?, time_zone = ? WHERE id = ?").params(k, zone.getId(),
                community.id()).update();
        truth.clear();
        repliers.clear();
        return communities.find(community.id()).orElseThrow();
    }

    private void reply(Community community, LocalDate week, String person, Random random) {
        Set<String> themes = new LinkedHashSet<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            themes.add(THEMES.get(skewed(random, THEMES.size())));
        }
        Map<String, String> terms = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String term = TERMS.get(skewed(random, TERMS.size()));
            terms.put(term, term);
        }
        String word = WORDS.get(skewed(random, WORDS.size()));
        write(community, week, person, new ReplyAnalyser.Analysis(Optional.of(new TextAnalysis.Token(word, word)),
                themes, terms, random.nextInt(5) == 0));
    }

    private void write(Community community, LocalDate week, String person, ReplyAnalyser.Analysis analysis) {
        org.copcheckin.checkins.ReplyRows rows = new org.copcheckin.checkins.ReplyRows();
        store.record(rows, community.id(), week, person, "key-" + replyKeys++, analysis);
        org.copcheckin.checkins.ReplyRowsWriter.write(rows, template);
        repliers.computeIfAbsent(week, w -> new HashSet<>()).add(person);
        Map<TrendKind, Map<String, Set<String>>> byKind = truth.computeIfAbsent(week, w -> new HashMap<>());
        analysis.word().ifPresent(word -> add(byKind, TrendKind.WORD, word.stem(), person));
        analysis.themes().forEach(theme -> add(byKind, TrendKind.THEME, theme, person));
        analysis.terms().keySet().forEach(term -> add(byKind, TrendKind.TERM, term, person));
    }

    private static void add(Map<TrendKind, Map<String, Set<String>>> byKind, TrendKind kind, String item, String person) {
        byKind.computeIfAbsent(kind, x -> new HashMap<>()).computeIfAbsent(item, x -> new HashSet<>()).add(person);
    }

    /** Popular items first, as real replies are, so both published and hidden cells occur. */
    private static int skewed(Random random, int size) {
        return (int) Math.min(size - 1, Math.floor(Math.pow(size + 1, random.nextDouble()) - 1));
    }

    private static List<TrendQuery> queries(Community community, LocalDate first, int weeks, LocalDate today,
                                            Random random) {
        List<TrendQuery> queries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            LocalDate from = first.minusWeeks(1).plusWeeks(random.nextInt(weeks + 2));
            LocalDate to = from.plusWeeks(random.nextInt(weeks + 1));
            TrendQuery query = new TrendQuery(community, from, to, false);
            queries.add(random.nextBoolean() ? query : query.withWeekSoFar(today));
        }
        queries.add(TrendQuery.finishedWeeksSince(community, first, today));
        queries.add(TrendQuery.finishedWeeksSince(community, first, today).withWeekSoFar(today));
        return queries;
    }

    /** Everything the store publishes for these queries and days, as text. */
    private String outputs(Community community, List<TrendQuery> queries, List<LocalDate> sinceDays) {
        StringBuilder all = new StringBuilder();
        queries.forEach(query -> all.append(trends.query(query)).append('\n'));
        for (LocalDate since : sinceDays) {
            all.append(export.csv(community, since)).append('\n');
            all.append(digests.preview(community, since).plainText()).append('\n');
        }
        return all.toString();
    }

    private void checkCells(TrendCells published, TrendQuery query, LocalDate current, int k) {
        assertThat(published.k()).isEqualTo(k);
        for (WeekCells week : published.weeks()) {
            assertThat(week.soFar()).isEqualTo(week.start().equals(current));
            assertThat(week.start().isAfter(current)).isFalse();
            if (week.start().equals(current)) {
                assertThat(query.weekSoFar()).as("the week in progress only when asked for").isTrue();
            }
            int people = repliers.getOrDefault(week.start(), Set.of()).size();
            if (people >= k) {
                assertThat(week.people()).hasValue(people);
            } else {
                assertThat(week.people()).isEmpty();
                assertThat(week.replies()).isEmpty();
            }
            for (TrendKind kind : TrendKind.values()) {
                Map<String, Set<String>> items = truth.getOrDefault(week.start(), Map.of()).getOrDefault(kind, Map.of());
                week.cells(kind).forEach((item, cell) -> {
                    assertThat(cell.people()).as("%s %s %s", week.start(), kind, item).isGreaterThanOrEqualTo(k)
                            .isEqualTo(items.getOrDefault(item, Set.of()).size());
                });
                items.forEach((item, people2) -> {
                    if (people2.size() >= k && !item.equals(Vocabulary.OTHER)) {
                        assertThat(week.cells(kind)).as("%s %s", week.start(), item).containsKey(item);
                    } else {
                        assertThat(week.cells(kind)).doesNotContainKey(item);
                    }
                });
            }
        }
    }

    private void checkExport(String csv, LocalDate current, int k) {
        Map<String, String> themeIds = new HashMap<>();
        trends.themeLabels().forEach((id, label) -> themeIds.put(label, id));
        for (String line : csv.split("\n")) {
            if (line.equals(TrendExport.HEADER)) {
                continue;
            }
            // period_start,period_end,k,week_start,section,item,count (no label here holds a comma)
            String[] fields = line.split(",");
            LocalDate week = LocalDate.parse(fields[3]);
            int count = Integer.parseInt(fields[6]);
            assertThat(week.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(week).as("no export shows the week in progress").isBefore(current);
            assertThat(Integer.parseInt(fields[2])).as("every row carries k").isEqualTo(k);
            assertThat(week).isBetween(LocalDate.parse(fields[0]), LocalDate.parse(fields[1]));
            assertThat(count).as(line).isGreaterThanOrEqualTo(k);
            if (fields[4].equals("theme")) {
                String theme = themeIds.get(fields[5]);
                assertThat(count).as(line).isEqualTo(truth.get(week).get(TrendKind.THEME).get(theme).size());
            } else if (fields[5].equals("people")) {
                assertThat(count).as(line).isEqualTo(repliers.get(week).size());
            }
        }
    }

    /**
     * Changes what no output may depend on: removes one hidden cell, gives a new item to one person, and adds a
     * replier to a week of fewer than k; then the weeks are published again from their rows.
     */
    private void perturbHiddenCells(Community community, int k, Random random) {
        Set<LocalDate> touched = new HashSet<>();
        truth.forEach((week, byKind) -> byKind.forEach((kind, items) -> items.forEach((item, people) -> {
            if (people.size() < k && touched.add(week)) {
                jdbc.sql("DELETE FROM trend_mention WHERE community_id = ? AND week_start = ? AND kind = ? AND item = ?")
                        .params(community.id(), week, kind.name(), item).update();
            }
        })));
        for (LocalDate week : truth.keySet()) {
            // one person's reply gains a theme and a term nobody else gave (the reply itself is unchanged)
            String person = repliers.get(week).iterator().next();
            for (String[] mention : new String[][] {{"THEME", "data-sharing"}, {"TERM", "zebra"}}) {
                jdbc.sql("INSERT INTO trend_mention (community_id, week_start, kind, item, person, reply_key) "
                        + "VALUES (?, ?, ?, ?, ?, ?)").params(community.id(), week, mention[0], mention[1], person,
                        "extra-" + replyKeys++).update();
            }
            if (repliers.get(week).size() < k - 1) {
                write(community, week, "newcomer-" + random.nextInt(), new ReplyAnalyser.Analysis(Optional.empty(),
                        Set.of(), Map.of(), false));
            }
            touched.add(week);
        }
        touched.forEach(week -> jdbc.sql("DELETE FROM trend_week WHERE community_id = ? AND week_start = ?")
                .params(community.id(), week).update());
    }
}
