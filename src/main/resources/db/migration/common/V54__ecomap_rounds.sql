-- Eco-map rounds (issue 16): a round's activity, and the region each of its groups charts.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+. A region is an area's name, never a person's.

ALTER TABLE pairing_round ADD COLUMN activity VARCHAR(16) DEFAULT 'PARTNER' NOT NULL;
ALTER TABLE pairing_group ADD COLUMN region VARCHAR(64);
