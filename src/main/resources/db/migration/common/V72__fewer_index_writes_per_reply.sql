-- Fewer index entries written per reply (issue 14, the Slack benchmark: each reply wrote 17 B-tree entries in H2,
-- whose keys are HMACs and so land on pages of their own, and each group commit rewrites every page it touched);
-- now 14. Portable SQL (H2 2.x and PostgreSQL 13+).

-- A receipt is looked up by its check-in and key (the primary key). A deleted message's receipt is found by its key
-- among the community's check-ins, which the primary key answers too. The day was read only by the nightly
-- clean-up, which now reads the whole table once a night.
DROP INDEX ix_reply_receipt_key;
DROP INDEX ix_reply_receipt_day;

-- Participation holds at most 7 days; the nightly clean-up reads all of it.
DROP INDEX ix_checkin_participation_day;
