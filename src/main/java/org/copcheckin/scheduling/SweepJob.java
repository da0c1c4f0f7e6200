package org.copcheckin.scheduling;

import java.time.Clock;
import java.util.List;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Quartz job behind every {@link Sweep}: one firing a minute, never two at once, across replicas. */
@DisallowConcurrentExecution
class SweepJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(SweepJob.class);

    private final List<Sweep> sweeps;
    private final Clock clock;

    SweepJob(List<Sweep> sweeps, Clock clock) {
        this.sweeps = sweeps;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        for (Sweep sweep : sweeps) {
            try {
                sweep.sweep(clock.instant());
            } catch (RuntimeException e) {
                log.warn("A sweep ({}) failed: {}", sweep.getClass().getSimpleName(), e.getClass().getSimpleName());
            }
        }
    }
}
