-- Privacy by construction. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- People are counted per ISO week under a keyed weekly pseudonym; only cells of at least k people are published,
-- and the only finished-week counts kept are those published cells. No table holds a platform user id next to
-- trend data, and trend and receipt tables keep days, never instants.

-- The old trend store counted participations per check-in, not people per week: "three replies of one person"
-- looked like three people. Its rows and aggregates cannot be turned into counts of people, so they are dropped
-- (README, Backups and upgrades).
DROP TABLE insight_day_done;
DROP TABLE insight_daily;
DROP TABLE insight_aggregate;
DROP TABLE insight_participation;
DROP TABLE insight_entry;

-- Receipts keep the day a reply arrived, not its instant (an instant can be matched to the message's time).
-- delivery_key (an HMAC of the message id) is also the key of the reply's trend rows, so a deleted reply's rows
-- can be found and removed.
ALTER TABLE reply_receipt ADD COLUMN received_on DATE;
UPDATE reply_receipt SET received_on = CAST(received_at AS DATE);
ALTER TABLE reply_receipt ALTER COLUMN received_on SET NOT NULL;
ALTER TABLE reply_receipt DROP COLUMN received_at;
CREATE INDEX ix_reply_receipt_key ON reply_receipt (delivery_key);
CREATE INDEX ix_reply_receipt_day ON reply_receipt (received_on);

-- One row per reply counted: the ISO week it counts in (the community's zone), the person's pseudonym for that
-- community and week (HMAC with COP_SECRET_KEY), and the reply's key. Pseudonymous: expires after 90 days.
CREATE TABLE trend_reply (
    community_id  BIGINT       NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    week_start    DATE         NOT NULL,
    person        VARCHAR(64)  NOT NULL,
    reply_key     VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_trend_reply PRIMARY KEY (community_id, reply_key)
);
CREATE INDEX ix_trend_reply_week ON trend_reply (community_id, week_start);

-- What a reply gave, one row per item: WORD = a one-word answer (item: its stem; form: the form typed, when that
-- form is a vocabulary word), THEME = a taxonomy theme id, TERM = a vocabulary word's stem or a community phrase.
-- item is '(other)' for anything outside the closed vocabulary: such words are counted, never written.
CREATE TABLE trend_mention (
    community_id  BIGINT       NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    week_start    DATE         NOT NULL,
    kind          VARCHAR(8)   NOT NULL,
    item          VARCHAR(64)  NOT NULL,
    form          VARCHAR(64),
    person        VARCHAR(64)  NOT NULL,
    reply_key     VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_trend_mention PRIMARY KEY (community_id, reply_key, kind, item)
);
CREATE INDEX ix_trend_mention_week ON trend_mention (community_id, week_start);

-- A finished week's published figures, written once the week is over (and again if a reply in it is deleted or
-- a member is forgotten while its rows exist). people and replies are NULL when fewer than k people took part.
-- These rows and the cells below are what is kept after the pseudonymous rows expire (24 months).
CREATE TABLE trend_week (
    community_id  BIGINT   NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    week_start    DATE     NOT NULL,
    k             INTEGER  NOT NULL,
    people        INTEGER,
    replies       INTEGER,
    CONSTRAINT pk_trend_week PRIMARY KEY (community_id, week_start),
    CONSTRAINT ck_trend_week_k CHECK (k >= 2),
    CONSTRAINT ck_trend_week_people CHECK (people IS NULL OR people >= k)
);

-- Only published cells: (week, kind, item) counted over at least k distinct people. A cell below k is never
-- written, so no later view can show it; '(other)' is the people who gave anything not shown, when at least k.
CREATE TABLE trend_cell (
    community_id  BIGINT       NOT NULL,
    week_start    DATE         NOT NULL,
    kind          VARCHAR(8)   NOT NULL,
    item          VARCHAR(64)  NOT NULL,
    label         VARCHAR(64),
    people        INTEGER      NOT NULL,
    CONSTRAINT pk_trend_cell PRIMARY KEY (community_id, week_start, kind, item),
    CONSTRAINT fk_trend_cell_week FOREIGN KEY (community_id, week_start)
        REFERENCES trend_week (community_id, week_start) ON DELETE CASCADE,
    CONSTRAINT ck_trend_cell_people CHECK (people >= 2)
);

-- Words and phrases a facilitator added to the community's vocabulary (/cop vocabulary add): word is the folded
-- key, spelling as typed. Never names: a known first name is refused.
CREATE TABLE community_word (
    community_id  BIGINT       NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    word          VARCHAR(64)  NOT NULL,
    spelling      VARCHAR(64)  NOT NULL,
    added_on      DATE         NOT NULL,
    CONSTRAINT pk_community_word PRIMARY KEY (community_id, word)
);

-- A member who opted out and was then forgotten (forget-me, or platform-id retention) stays out of pairing:
-- marker is an HMAC of the platform, community and user id, with no readable id. seen_on is the last day it kept
-- someone out of a round; markers unseen for the platform-id retention expire.
CREATE TABLE opted_out_marker (
    marker   VARCHAR(64)  NOT NULL PRIMARY KEY,
    seen_on  DATE         NOT NULL
);

-- The last day a member or facilitator did anything (platform ids expire after a time without activity).
ALTER TABLE member ADD COLUMN active_on DATE;
UPDATE member SET active_on = CAST(updated_at AS DATE);
ALTER TABLE member ALTER COLUMN active_on SET NOT NULL;
ALTER TABLE facilitator ADD COLUMN active_on DATE;
UPDATE facilitator SET active_on = CAST(added_at AS DATE);
ALTER TABLE facilitator ALTER COLUMN active_on SET NOT NULL;

-- A Slack workspace that uninstalled the app, or a Discord server that removed the bot: purged after a grace
-- period unless it comes back first.
CREATE TABLE tenant_removal (
    platform      VARCHAR(16)  NOT NULL,
    workspace_id  VARCHAR(64)  NOT NULL,
    removed_on    DATE         NOT NULL,
    CONSTRAINT pk_tenant_removal PRIMARY KEY (platform, workspace_id)
);
