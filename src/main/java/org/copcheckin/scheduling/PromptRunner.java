package org.copcheckin.scheduling;

import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.community.Community;
import org.springframework.stereotype.Component;

/** Posts a scheduled prompt. */
@Component
class PromptRunner implements ScheduledActionRunner {

    private final CheckIns checkIns;

    PromptRunner(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public Set<ScheduledAction> actions() {
        return EnumSet.of(ScheduledAction.CHALLENGE, ScheduledAction.WORD, ScheduledAction.GLOWS_GROWS);
    }

    @Override
    public String run(Community community, Schedule schedule) {
        CheckIn checkIn = checkIns.post(community, schedule.action().promptKind().orElseThrow(), null,
                OptionalLong.of(schedule.id()));
        return "posted check-in " + checkIn.id();
    }
}
