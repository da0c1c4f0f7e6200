package org.copcheckin.scheduling;

import java.util.Set;

import org.copcheckin.community.Community;

/**
 * Runs one kind of scheduled action. Each feature contributes the runner of its own actions: prompts here, pairing
 * and digests in their own modules.
 */
public interface ScheduledActionRunner {

    Set<ScheduledAction> actions();

    /**
     * Runs the action now. Throws to record the run as failed.
     *
     * @return a short detail for the run history (our own words and record ids only)
     */
    String run(Community community, Schedule schedule);
}
