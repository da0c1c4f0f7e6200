-- A scheduled run that fired on a replica which cannot carry it out (it does not hold the Discord shard of the
-- community's server) waits here for one that can. Deleting the row is the claim; the run's own record in
-- schedule_run stays the exactly-once key. Ids and times only.
CREATE TABLE run_handover (
    schedule_id    BIGINT NOT NULL REFERENCES schedule (id) ON DELETE CASCADE,
    scheduled_for  TIMESTAMP WITH TIME ZONE NOT NULL,
    community_id   BIGINT NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    handed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    earlier_missed INTEGER NOT NULL,
    CONSTRAINT pk_run_handover PRIMARY KEY (schedule_id, scheduled_for)
);
CREATE INDEX ix_run_handover_community ON run_handover (community_id);
