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

    InsightsMemberErasure(Communities communities, CheckIns checkIns, ParticipantPseudonyms participants,
                          TrendStore store) {
        this.communities = communities;
        this.checkIns = checkIns;
        this.participants = participants;
        this.store = store;
    }

    @Override
    public int erase(MemberRef member) {
        List<Object[]> keys = new ArrayList<>();
        for (Community community : communities.all()) {
            if (community.channel().platform() != member.platform()
                    || !community.channel().workspaceId().equals(member.workspaceId())) {
                continue;
            }
            for (CheckIn checkIn : checkIns.since(community, Instant.EPOCH)) {
                keys.add(new Object[] {checkIn.id(), participants.of(checkIn.id(), member)});
            }
        }
        return store.erase(keys);
    }
}
