package org.copcheckin.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.copcheckin.community.Community;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.PlatformException;
import org.springframework.stereotype.Service;

/**
 * The one way out of the trend store. Digests, exports, charts and any later view read trends through
 * {@link #query} and get only publishable figures: weekly cells counted over at least k distinct people, and
 * sums of such cells ({@link TrendCells}). There is no other public reader of trend data, so no view can forget
 * the rule. Finished weeks are published once and kept ({@link PublishedCells}); the current week is counted
 * from its rows, the same way, only when the query asks for it.
 */
@Service
public class PublishedTrends {

    private final TrendStore rows;
    private final PublishedCells cells;
    private final ChatPlatforms platforms;
    private final ReplyAnalyser analyser;
    private final Clock clock;
    private final TrendRevisions revisions;

    PublishedTrends(TrendStore rows, PublishedCells cells, ChatPlatforms platforms, ReplyAnalyser analyser, Clock clock,
                    TrendRevisions revisions) {
        this.revisions = revisions;
        this.rows = rows;
        this.cells = cells;
        this.platforms = platforms;
        this.analyser = analyser;
        this.clock = clock;
    }

    public TrendCells query(TrendQuery query) {
        Community community = query.community();
        int k = KAnonymity.threshold(community.kAnonymity());
        LocalDate current = Weeks.startOf(LocalDate.now(clock.withZone(community.zone())));
        LocalDate lastFinished = query.lastWeek().isBefore(current) ? query.lastWeek() : current.minusWeeks(1);
        Map<LocalDate, WeekCells> published = new java.util.TreeMap<>();
        if (!lastFinished.isBefore(query.firstWeek())) {
            publishFinished(community, query.firstWeek(), lastFinished, k);
            published.putAll(cells.read(community.id(), query.firstWeek(), lastFinished, k));
        }
        if (query.weekSoFar() && !query.lastWeek().isBefore(current) && !current.isBefore(query.firstWeek())) {
            published.put(current, CellMaker.publish(current, true, rows.raw(community.id(), current), k));
        }
        OptionalInt members = channelMembers(community);
        boolean withheld = members.isPresent() && members.getAsInt() < k;
        List<WeekCells> weeks = new ArrayList<>();
        LocalDate last = query.weekSoFar() && !query.lastWeek().isBefore(current) ? current : lastFinished;
        for (LocalDate week = query.firstWeek(); !week.isAfter(last); week = week.plusWeeks(1)) {
            WeekCells cellsOfWeek = published.get(week);
            if (cellsOfWeek == null) {
                cellsOfWeek = new WeekCells(week, week.equals(current), OptionalInt.empty(), OptionalInt.empty(), Map.of());
            } else if (withheld) {
                cellsOfWeek = new WeekCells(week, cellsOfWeek.soFar(), cellsOfWeek.people(), cellsOfWeek.replies(),
                        Map.of());
            }
            weeks.add(cellsOfWeek);
        }
        return new TrendCells(k, weeks, members, withheld);
    }

    /**
     * Why figures of the query's weeks may differ from an earlier digest's: rows removed before the week was
     * published (forget-me, a deleted reply), or the week published again with a new k. A week and a reason only.
     */
    public Set<TrendRevision> revisions(TrendQuery query) {
        return revisions.between(query.community().id(), query.firstWeek(), query.lastWeek());
    }

    /** Theme ids to their labels, in taxonomy order. */
    public Map<String, String> themeLabels() {
        return analyser.taxonomy().labels();
    }

    /** Theme ids to their labels in a community's language (the ids are the same in every language). */
    public Map<String, String> themeLabels(org.copcheckin.community.Language language) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        themeLabels().forEach((id, label) -> labels.put(id, language.themeLabel(id, label)));
        return labels;
    }

    /** Makes sure every finished week with rows in the range is published, with the community's present k. */
    void publishFinished(Community community, LocalDate first, LocalDate last, int k) {
        Set<LocalDate> withRows = rows.weeksWithRows(community.id(), first, last);
        if (withRows.isEmpty()) {
            return;
        }
        Map<LocalDate, Integer> stored = cells.storedWeeks(community.id(), first, last);
        for (LocalDate week : withRows) {
            Integer storedK = stored.get(week);
            if (storedK != null && storedK != k) {
                revisions.mark(community.id(), week, k > storedK ? TrendRevision.K_RAISED : TrendRevision.K_LOWERED);
            }
            if (storedK == null || storedK != k) {
                cells.store(community.id(), CellMaker.publish(week, false, rows.raw(community.id(), week), k), k);
            }
        }
    }

    private OptionalInt channelMembers(Community community) {
        try {
            int count = platforms.of(community.channel()).listHumanMembers(community.channel()).size();
            return count == 0 ? OptionalInt.empty() : OptionalInt.of(count);
        } catch (PlatformException | IllegalStateException unknown) {
            // the platform cannot say: cells still need k people each
            return OptionalInt.empty();
        }
    }
}
