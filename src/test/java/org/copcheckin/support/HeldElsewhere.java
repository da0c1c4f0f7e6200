package org.copcheckin.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.copcheckin.community.Community;
import org.copcheckin.scheduling.RunPlacement;

/**
 * Holds the communities of the workspace {@link #WORKSPACE} on "another replica" (as another Discord shard would)
 * until a test sets {@link #here}; every other community runs anywhere, as without a placement. Imported by
 * {@link CoreSpringTest}, so handing runs over costs no context of its own.
 */
public class HeldElsewhere implements RunPlacement {

    public static final String WORKSPACE = "T-HELD-ELSEWHERE";

    public final AtomicBoolean here = new AtomicBoolean();

    @Override
    public boolean handles(Community community) {
        return community.channel().workspaceId().equals(WORKSPACE);
    }

    @Override
    public boolean runsHere(Community community) {
        return here.get();
    }
}
