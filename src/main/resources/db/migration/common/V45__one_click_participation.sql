-- One-click participation (issue 15). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

-- An emoji reaction on a prompt counts as taking part: participation figures only, never terms. One row per
-- reaction (member, prompt and emoji together), under the person's pseudonym for the community and the ISO week it
-- arrived in, as trend_reply's rows are. reaction_key is an HMAC of the channel, the prompt's message id, the
-- member and the emoji (no readable id, no emoji), so a replayed event finds its row and a removal removes it.
-- A person counts once a week however many reactions they add; with no row left they no longer count as having
-- reacted. Pseudonymous: expires after 90 days with trend_reply, erased by forget-me.
CREATE TABLE trend_reaction (
    community_id  BIGINT       NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    week_start    DATE         NOT NULL,
    person        VARCHAR(64)  NOT NULL,
    reaction_key  VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_trend_reaction PRIMARY KEY (community_id, reaction_key)
);
CREATE INDEX ix_trend_reaction_week ON trend_reaction (community_id, week_start);

-- The feeling buttons a community's one-word prompts offer (/cop settings feelings), comma-separated words of the
-- closed vocabulary chosen by a facilitator. No row: the default set.
CREATE TABLE feeling_setting (
    community_id  BIGINT        NOT NULL PRIMARY KEY REFERENCES community (id) ON DELETE CASCADE,
    words         VARCHAR(120)  NOT NULL
);

-- A random key of each check-in that its prompt's buttons are signed with, so a press names the check-in it was
-- for without a platform id. NULL for check-ins posted before.
ALTER TABLE checkin ADD COLUMN button_key VARCHAR(32);
CREATE INDEX ix_checkin_button_key ON checkin (community_id, button_key);
