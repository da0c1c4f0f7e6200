package org.copcheckin.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.community.Community;
import org.copcheckin.insights.KAnonymity;
import org.copcheckin.insights.TrendKind;
import org.copcheckin.insights.Trends;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.PlatformException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Reads everything a digest needs for a period: trend counts, check-ins, members and pairing. */
@Component
class DigestQueries {

    static final int BASELINE_WEEKS = 8;

    private final Trends trends;
    private final CheckIns checkIns;
    private final ChatPlatforms platforms;
    private final ObjectProvider<PairingSummarySource> pairing;

    DigestQueries(Trends trends, CheckIns checkIns, ChatPlatforms platforms, ObjectProvider<PairingSummarySource> pairing) {
        this.trends = trends;
        this.checkIns = checkIns;
        this.platforms = platforms;
        this.pairing = pairing;
    }

    /** The period's counts, its previous period of the same length, and the 8 weeks before it. */
    TrendSnapshot snapshot(Community community, LocalDate from, LocalDate to) {
        ZoneId zone = community.zone();
        int days = (int) (to.toEpochDay() - from.toEpochDay() + 1);
        LocalDate previousFrom = from.minusDays(days);
        LocalDate baselineFrom = from.minusWeeks(BASELINE_WEEKS);
        LocalDate before = from.minusDays(1);
        int k = KAnonymity.threshold(community.kAnonymity());

        Map<String, Integer> themes = trends.counts(community, TrendKind.THEME, from, to);
        Map<String, Integer> terms = trends.counts(community, TrendKind.TERM, from, to);
        List<String> candidates = terms.entrySet().stream().filter(e -> e.getValue() >= k).map(Map.Entry::getKey).toList();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<LocalDate> weeks = weeks(to);
        return new TrendSnapshot(from, to, zone, community.kAnonymity(), checkInsByKind(community, start, end),
                trends.participation(community, from, to), members(community),
                trends.counts(community, TrendKind.WORD, from, to), trends.wordLabels(community, from, to),
                themes, trends.counts(community, TrendKind.THEME, previousFrom, before),
                trends.counts(community, TrendKind.THEME, baselineFrom, before),
                terms, trends.counts(community, TrendKind.TERM, baselineFrom, before, candidates), baselineFrom,
                weeks, weekly(community, weeks), trends.themeLabels(),
                Optional.ofNullable(pairing.getIfAvailable()).flatMap(source -> source.summarise(community, start, end)));
    }

    /** The Mondays of the 8 weeks ending with the week of {@code to}. */
    static List<LocalDate> weeks(LocalDate to) {
        LocalDate last = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = BASELINE_WEEKS - 1; i >= 0; i--) {
            weeks.add(last.minusWeeks(i));
        }
        return weeks;
    }

    private Map<String, List<Integer>> weekly(Community community, List<LocalDate> weeks) {
        Map<LocalDate, Map<String, Integer>> daily = trends.daily(community, TrendKind.THEME, weeks.get(0),
                weeks.get(weeks.size() - 1).plusDays(6));
        Map<String, int[]> series = new HashMap<>();
        daily.forEach((day, counts) -> {
            int week = (int) ((day.toEpochDay() - weeks.get(0).toEpochDay()) / 7);
            counts.forEach((theme, n) -> series.computeIfAbsent(theme, t -> new int[weeks.size()])[week] += n);
        });
        Map<String, List<Integer>> result = new LinkedHashMap<>();
        series.forEach((theme, counts) -> result.put(theme, java.util.Arrays.stream(counts).boxed().toList()));
        return result;
    }

    private Map<String, Integer> checkInsByKind(Community community, Instant start, Instant end) {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (CheckIn checkIn : checkIns.since(community, start)) {
            if (checkIn.postedAt().isBefore(end)) {
                byKind.merge(checkIn.kind().word(), 1, Integer::sum);
            }
        }
        return byKind;
    }

    private OptionalInt members(Community community) {
        try {
            int count = platforms.of(community.channel()).listHumanMembers(community.channel()).size();
            return count == 0 ? OptionalInt.empty() : OptionalInt.of(count);
        } catch (PlatformException | IllegalStateException e) {
            return OptionalInt.empty();
        }
    }
}
