package org.copcheckin.insights;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.MemberErasure;
import org.copcheckin.platform.MemberRef;
import org.springframework.stereotype.Component;

/**
 * {@code forget-me} for trend data: recomputes the member's weekly pseudonym for every week that still has rows in
 * every community of their platform, and deletes the rows under it. Published cells hold no pseudonyms and stay as
 * they were: publishing a week again without the member would let an export from before and one from after be
 * subtracted to find the member's answers. A finished week not yet published is published without them, and such a
 * week (or the week in progress) is marked {@link TrendRevision#REMOVED}, so a digest can say its figures changed.
 */
@Component
class InsightsMemberErasure implements MemberErasure {

    private final Communities communities;
    private final PersonPseudonyms people;
    private final TrendStore store;
    private final PublishedCells published;
    private final TrendRevisions revisions;

    InsightsMemberErasure(Communities communities, PersonPseudonyms people, TrendStore store, PublishedCells published,
                          TrendRevisions revisions) {
        this.communities = communities;
        this.people = people;
        this.store = store;
        this.published = published;
        this.revisions = revisions;
    }

    @Override
    public List<Erased> erase(MemberRef member) {
        int erased = 0;
        int touched = 0;
        for (Community community : communities.all()) {
            if (community.channel().platform() != member.platform()) {
                continue;
            }
            // the same person in this community's workspace (a Slack or Discord user id is one account)
            MemberRef here = new MemberRef(member.platform(), community.channel().workspaceId(), member.userId());
            int rows = 0;
            for (LocalDate week : store.weeksWithRows(community.id())) {
                Map<LocalDate, String> personOfWeek = new LinkedHashMap<>();
                personOfWeek.put(week, people.of(community.id(), week, here));
                int ofWeek = store.erase(community.id(), personOfWeek);
                if (ofWeek > 0 && published.storedWeeks(community.id(), week, week).isEmpty()) {
                    revisions.mark(community.id(), week, TrendRevision.REMOVED);
                }
                rows += ofWeek;
            }
            if (rows > 0) {
                erased += rows;
                touched++;
            }
        }
        return List.of(new Erased(Kind.TREND_ROWS, erased, touched));
    }
}
