-- Discord lets a bot start (IDENTIFY) one gateway session per 5 seconds in each of its max_concurrency buckets
-- (bucket = shard id % max_concurrency). Replicas sharing this database take turns through one row per bucket:
-- a replica claims the bucket when free_at has passed, and after its session has identified sets free_at 5 s
-- ahead. holder names the replica process (pid@host) that claimed it last. Ids and times only.
CREATE TABLE discord_identify_slot (
    bucket  INTEGER                  NOT NULL PRIMARY KEY,
    free_at TIMESTAMP WITH TIME ZONE NOT NULL,
    holder  VARCHAR(200)             NOT NULL
);
