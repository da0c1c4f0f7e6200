-- Gentle reminders (issue 15). Portable SQL (H2 2.x and PostgreSQL 13+). No reply words, no readable user ids.

-- Who took part in a check-in, in any way the intake records (a thread reply today; reactions and private replies
-- when they record it the same way): a keyed hash (HMAC with COP_SECRET_KEY) of (check-in, member) and the day.
-- Only reminders read it; deleted after 7 days, when no reminder can be due any more.
CREATE TABLE checkin_participation (
    participant_key  VARCHAR(64)  NOT NULL PRIMARY KEY,
    checkin_id       BIGINT       NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
    took_part_on     DATE         NOT NULL
);
CREATE INDEX ix_checkin_participation_day ON checkin_participation (took_part_on);

-- A community's reminder: sent delay_minutes after each prompt to members who have not taken part, never inside
-- the quiet hours (member's local time, quiet_start to quiet_end). No row: reminders are off.
CREATE TABLE reminder_setting (
    community_id   BIGINT      NOT NULL PRIMARY KEY REFERENCES community (id) ON DELETE CASCADE,
    delay_minutes  INTEGER     NOT NULL,
    quiet_start    VARCHAR(5)  NOT NULL,
    quiet_end      VARCHAR(5)  NOT NULL,
    CONSTRAINT ck_reminder_delay CHECK (delay_minutes >= 15 AND delay_minutes <= 4320)
);

-- Members who said `/cop reminders off`: a keyed hash of their platform account only (as care_nudges_off).
CREATE TABLE reminder_off (
    member_key  VARCHAR(64)  NOT NULL PRIMARY KEY
);

-- A member's own time zone (`/cop profile zone America/Toronto`), for quiet hours: keyed hash of the platform
-- account and an IANA zone name. Erased by forget-me.
CREATE TABLE member_zone (
    member_key  VARCHAR(64)  NOT NULL PRIMARY KEY,
    zone        VARCHAR(64)  NOT NULL
);

-- One reminder per member per check-in, across restarts and replicas: the insert is the claim. A keyed hash of
-- (check-in, member) and the day; deleted after 7 days.
CREATE TABLE reminder_sent (
    reminder_key  VARCHAR(64)  NOT NULL PRIMARY KEY,
    checkin_id    BIGINT       NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
    sent_on       DATE         NOT NULL
);
CREATE INDEX ix_reminder_sent_day ON reminder_sent (sent_on);
