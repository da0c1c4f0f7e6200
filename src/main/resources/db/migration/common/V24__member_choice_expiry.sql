-- The 2026-12-03 privacy review: a member's "reminders off" marker (reminder_off) and own time zone (member_zone)
-- never expired. This table says when each was last set or used (it kept the member from a reminder, or placed their
-- quiet hours), under the same keyed hash as the choice itself; a choice unused for the platform-id retention
-- (COP_RETENTION_PLATFORM_IDS, default a year) is deleted by the daily job, like the pairing opt-out markers. A
-- table of its own because this version runs before the reminders' tables exist on a new database.
-- Portable SQL (H2 2.x and PostgreSQL 13+).
CREATE TABLE member_choice_seen (
    member_key  VARCHAR(64)  NOT NULL PRIMARY KEY,
    seen_on     DATE         NOT NULL
);
CREATE INDEX ix_member_choice_seen_day ON member_choice_seen (seen_on);
