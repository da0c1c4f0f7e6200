-- Care: the private nudge and the safeguarding alert. Portable SQL (H2 2.x and PostgreSQL 13+). Nothing here holds
-- a reply's words, a platform user id or a link to a reply.

-- A community's care settings; no row means the defaults: nudges on, safeguarding off. protocol is the
-- facilitators' own text (at most 500 characters), sent with each alert; safeguarding is on when it is set.
CREATE TABLE care_setting (
    community_id  BIGINT        NOT NULL PRIMARY KEY REFERENCES community (id) ON DELETE CASCADE,
    nudges_on     BOOLEAN       NOT NULL,
    protocol      VARCHAR(500)
);

-- Members who said `/cop nudges off`: a keyed hash (HMAC with COP_SECRET_KEY) of their platform account only.
CREATE TABLE care_nudges_off (
    member_key    VARCHAR(64)   NOT NULL PRIMARY KEY
);

-- One nudge per member per check-in: a keyed hash of (check-in, member) and the day it was sent, deleted after
-- 30 days.
CREATE TABLE care_nudge_sent (
    nudge_key     VARCHAR(64)   NOT NULL PRIMARY KEY,
    sent_on       DATE          NOT NULL
);
CREATE INDEX ix_care_nudge_sent_day ON care_nudge_sent (sent_on);

-- The only trace of safeguarding alerts: how many were sent in a community in an ISO week.
CREATE TABLE care_alert_week (
    community_id  BIGINT        NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    week_start    DATE          NOT NULL,
    alerts        INTEGER       NOT NULL,
    CONSTRAINT pk_care_alert_week PRIMARY KEY (community_id, week_start)
);
