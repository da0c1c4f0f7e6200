package org.copcheckin.insights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.MemberErasure;
import org.copcheckin.platform.MemberRef;
import org.springframework.stereotype.Component;

/**
 * {@code forget-me} for trend data: recomputes the member's pseudonym for every check-in of their workspace's
 * communities and deletes the rows under it. Weekly aggregates hold no pseudonyms and stay.
 */
@Component
class InsightsMemberErasure implements MemberErasure {

    private final Communities communities;
    private final CheckIns checkIns;
    private final ParticipantPseudonyms participants;
    private final TrendStore store;
    private final DailyCounts daily;

    InsightsMemberErasure(Communities communities, CheckIns checkIns, ParticipantPseudonyms participants,
                          TrendStore store, DailyCounts daily) {
        this.communities = communities;
        this.checkIns = checkIns;
        this.participants = participants;
        this.store = store;
        this.daily = daily;
    }

    @Override
    public int erase(MemberRef member) {
        List<Object[]> keys = new ArrayList<>();
        List<Long> touched = new ArrayList<>();
        for (Community community : communities.all()) {
            if (community.channel().platform() != member.platform()
                    || !community.channel().workspaceId().equals(member.workspaceId())) {
                continue;
            }
            touched.add(community.id());
            for (CheckIn checkIn : checkIns.since(community, Instant.EPOCH)) {
                keys.add(new Object[] {checkIn.id(), participants.of(checkIn.id(), member)});
            }
        }
        int erased = store.erase(keys);
        if (erased > 0) {
            // the daily roll-ups of these communities are counted again, without the erased rows
            daily.invalidate(touched);
        }
        return erased;
    }
}
