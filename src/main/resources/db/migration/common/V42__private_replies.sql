-- Private replies (the prompt's "Reply privately" form). Portable SQL (H2 2.x and PostgreSQL 13+). A private reply
-- is counted like a thread reply: its receipt is a reply_receipt row whose key is a keyed hash (HMAC with
-- COP_SECRET_KEY) of the check-in and the member, so it counts once however often it is submitted; its trend rows
-- are the usual pseudonymous ones. Nothing here holds a reply's words or a platform user id.

-- Whether a private reply's themes (taxonomy labels only, never its words) are noted in the check-in's thread; no
-- row means off.
CREATE TABLE private_reply_setting (
    community_id      BIGINT   NOT NULL PRIMARY KEY REFERENCES community (id) ON DELETE CASCADE,
    themes_in_thread  BOOLEAN  NOT NULL
);
