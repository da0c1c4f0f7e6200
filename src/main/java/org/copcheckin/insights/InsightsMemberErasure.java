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
 * subtracted to find the member's answers. A finished week not yet published is published without them.
 */
@Component
class InsightsMemberErasure implements MemberErasure {

    private final Communities communities;
    private final PersonPseudonyms people;
    private final TrendStore store;

    InsightsMemberErasure(Communities communities, PersonPseudonyms people, TrendStore store) {
        this.communities = communities;
        this.people = people;
        this.store = store;
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
            Map<LocalDate, String> personByWeek = new LinkedHashMap<>();
            store.weeksWithRows(community.id()).forEach(week -> personByWeek.put(week, people.of(community.id(), week, here)));
            int rows = store.erase(community.id(), personByWeek);
            if (rows > 0) {
                erased += rows;
                touched++;
            }
        }
        return List.of(new Erased("anonymous trend rows of your replies", erased, touched));
    }
}
