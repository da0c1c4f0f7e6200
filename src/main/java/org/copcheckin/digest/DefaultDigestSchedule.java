package org.copcheckin.digest;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptPosted;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.scheduling.ScheduleSpec;
import org.copcheckin.scheduling.ScheduledAction;
import org.copcheckin.scheduling.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Digests are weekly by default: when a community's first prompt is posted and it has no digest schedule, one
 * is added for Monday 09:00 in the community's zone. Facilitators change or remove it with {@code schedule};
 * later prompts never add it back. The schedule is added on a thread of its own, after the posting commits:
 * a prompt may be posted by a Quartz job, and a Quartz job must not schedule Quartz jobs on its own thread
 * (seen exhausting the connection pool in tests). "First" is asked of the posted check-in itself, so a second prompt
 * posted before this thread looks does not hide the first.
 */
@Component
class DefaultDigestSchedule implements DisposableBean {

    static final ScheduleSpec WEEKLY = new ScheduleSpec.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0));
    private static final Logger log = LoggerFactory.getLogger(DefaultDigestSchedule.class);

    private final Communities communities;
    private final Schedules schedules;
    private final CheckIns checkIns;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "cop-default-digest");
        thread.setDaemon(true);
        return thread;
    });

    DefaultDigestSchedule(Communities communities, Schedules schedules, CheckIns checkIns) {
        this.communities = communities;
        this.schedules = schedules;
        this.checkIns = checkIns;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PromptPosted posted) {
        try {
            executor.execute(() -> communities.find(posted.communityId())
                    .filter(community -> checkIns.isFirst(community, posted.checkInId()))
                    .ifPresent(this::ensureDigestSchedule));
        } catch (RejectedExecutionException shuttingDown) {
            // the application is stopping while a prompt is posted: the prompt stands, the facilitator can add
            // a digest schedule by hand
            log.warn("Did not add the default digest schedule to community {}: shutting down", posted.communityId());
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }

    void ensureDigestSchedule(Community community) {
        boolean hasDigest = schedules.list(community).stream().anyMatch(s -> s.action() == ScheduledAction.DIGEST);
        if (hasDigest) {
            return;
        }
        try {
            schedules.add(community, ScheduledAction.DIGEST, WEEKLY, community.zone());
            log.info("Added the default weekly digest to community {}", community.id());
        } catch (RuntimeException e) {
            // the prompt is posted either way; the facilitator can add a digest schedule by hand
            log.warn("Could not add the default digest schedule to community {}: {}", community.id(), e.getMessage());
        }
    }
}
