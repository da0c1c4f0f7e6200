-- Private replies' themes in the thread, batched (the 2026-12-03 privacy review). Portable SQL (H2 2.x and
-- PostgreSQL 13+). With `settings private-themes on`, a check-in's private replies are noted once, a day after the
-- prompt, as one note of the themes at least k of them gave, never one note per submission. This row is that
-- note's claim, so it is posted once across replicas and restarts: the check-in and the day only, nothing about any
-- member or reply. Deleted after 8 days, with the other per-check-in claims.
CREATE TABLE private_theme_note (
    checkin_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES checkin (id) ON DELETE CASCADE,
    noted_on    DATE    NOT NULL
);
CREATE INDEX ix_private_theme_note_day ON private_theme_note (noted_on);
