package org.copcheckin.pairing;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.copcheckin.community.Community;
import org.copcheckin.scheduling.Schedule;
import org.copcheckin.scheduling.ScheduledAction;
import org.copcheckin.scheduling.ScheduledActionRunner;
import org.springframework.stereotype.Component;

/** Runs scheduled pairing rounds ({@code schedule add pair weekly mon 09:00}) in pairs. */
@Component
class PairRunner implements ScheduledActionRunner {

    private final PairingRounds rounds;

    PairRunner(PairingRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public Set<ScheduledAction> actions() {
        return EnumSet.of(ScheduledAction.PAIR);
    }

    @Override
    public String run(Community community, Schedule schedule) {
        RoundReport report = rounds.run(community, 2, RoundTrigger.scheduled(schedule.id()));
        String round = "pairing round " + report.roundId().orElse(0);
        if (report.outcome() == RoundOutcome.FAILED) {
            throw new IllegalStateException(round + " failed: " + report.reason().orElse("no group introduced"));
        }
        if (report.outcome() == RoundOutcome.RUNNING) {
            return round + " under way: " + report.introduced() + " of " + report.groups().size()
                    + " groups introduced so far, the rest at the platform's pace";
        }
        String detail = round + " " + report.outcome().name().toLowerCase(Locale.ROOT) + ": "
                + report.groups().size() + " groups";
        if (!report.failedGroups().isEmpty()) {
            detail += ", " + report.failedGroups().size() + " not introduced";
        }
        return detail + report.reason().filter(why -> report.outcome() == RoundOutcome.SKIPPED)
                .map(why -> " (" + why + ")").orElse("");
    }
}
