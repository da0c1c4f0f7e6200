-- Gentle reminders (issue 15): what became of a check-in's reminders, as counts only, for the facilitator's
-- `/cop status`. refused: members whose platform refused the direct message (Discord 50007, their privacy
-- settings); failed: any other failure. Nobody is named; deleted with the check-in's other reminder rows (7 days).
CREATE TABLE reminder_outcome (
    checkin_id   BIGINT   NOT NULL PRIMARY KEY REFERENCES checkin (id) ON DELETE CASCADE,
    delivered    INTEGER  NOT NULL,
    refused      INTEGER  NOT NULL,
    failed       INTEGER  NOT NULL,
    counted_on   DATE     NOT NULL
);
CREATE INDEX ix_reminder_outcome_day ON reminder_outcome (counted_on);
