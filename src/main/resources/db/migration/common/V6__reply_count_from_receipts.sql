-- A check-in's reply count is the number of its reply receipts. Keeping a counter on the check-in row made
-- every reply to the same check-in wait for the one before it to commit (one hot row), before its ack.
ALTER TABLE checkin DROP COLUMN reply_count;
