-- A community whose channel the app cannot post in (removed from it, archived, deleted): its scheduled runs are
-- skipped, and status says why, until the app is back. Our own words only; no user ids.
CREATE TABLE channel_pause (
    community_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES community (id) ON DELETE CASCADE,
    reason        VARCHAR(16)  NOT NULL,
    since         TIMESTAMP WITH TIME ZONE NOT NULL
);
