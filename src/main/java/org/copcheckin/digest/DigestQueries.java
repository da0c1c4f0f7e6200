package org.copcheckin.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.community.Community;
import org.copcheckin.insights.PublishedTrends;
import org.copcheckin.insights.TrendQuery;
import org.copcheckin.insights.Weeks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads everything a digest needs for its weeks: published trend cells (through the insights module's one door,
 * {@link PublishedTrends}), check-ins run and pairing.
 */
@Component
class DigestQueries {

    private final PublishedTrends trends;
    private final CheckIns checkIns;
    private final ObjectProvider<PairingSummarySource> pairing;

    private final org.copcheckin.community.CommunityLanguages languages;

    DigestQueries(PublishedTrends trends, CheckIns checkIns, ObjectProvider<PairingSummarySource> pairing,
                  org.copcheckin.community.CommunityLanguages languages) {
        this.languages = languages;
        this.trends = trends;
        this.checkIns = checkIns;
        this.pairing = pairing;
    }

    /** The period's published cells, with its previous period and the 8 weeks before it. */
    TrendSnapshot snapshot(TrendQuery period) {
        Community community = period.community();
        int before = Math.max(TrendSnapshot.BASELINE_WEEKS, period.weekCount());
        TrendQuery all = new TrendQuery(community, period.firstWeek().minusWeeks(before), period.lastWeek(),
                period.weekSoFar());
        Instant start = period.firstWeek().atStartOfDay(community.zone()).toInstant();
        Instant end = period.lastWeek().plusWeeks(1).atStartOfDay(community.zone()).toInstant();
        return new TrendSnapshot(period, trends.query(all), community.zone(), checkInsByKind(community, start, end),
                trends.themeLabels(languages.of(community.id())),
                Optional.ofNullable(pairing.getIfAvailable()).flatMap(source -> source.summarise(community, start, end)),
                new TrendSnapshot.History(weeksBefore(period), trends.revisions(period)));
    }

    /**
     * Whole weeks from the week the community was first seen to the period's first week; negative when it was first
     * seen inside the period (-1: in its second week).
     */
    private static int weeksBefore(TrendQuery period) {
        Community community = period.community();
        LocalDate first = Weeks.startOf(LocalDate.ofInstant(community.createdAt(), community.zone()));
        return first.isBefore(period.firstWeek()) ? Weeks.between(first, period.firstWeek()) - 1
                : 1 - Weeks.between(period.firstWeek(), first);
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
}
