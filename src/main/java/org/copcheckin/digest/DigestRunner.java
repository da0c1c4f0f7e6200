package org.copcheckin.digest;

import java.util.EnumSet;
import java.util.Set;

import org.copcheckin.community.Community;
import org.copcheckin.scheduling.Schedule;
import org.copcheckin.scheduling.ScheduledAction;
import org.copcheckin.scheduling.ScheduledActionRunner;
import org.springframework.stereotype.Component;

/**
 * Runs scheduled digests: {@code schedule add digest weekly mon 09:00} the last week, {@code monthly ...} the month
 * before, {@code quarterly ...} the quarter before.
 */
@Component
class DigestRunner implements ScheduledActionRunner {

    private final Digests digests;

    DigestRunner(Digests digests) {
        this.digests = digests;
    }

    @Override
    public Set<ScheduledAction> actions() {
        return EnumSet.of(ScheduledAction.DIGEST);
    }

    @Override
    public String run(Community community, Schedule schedule) {
        int sent = digests.deliverToFacilitators(community, Coverage.of(schedule));
        return sent == 0 ? "no facilitators to send the digest to" : "digest sent to " + sent + " facilitators";
    }
}
