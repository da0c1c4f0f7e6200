-- A schedule added without a zone of its own follows the community's zone when /cop settings zone changes it.
-- Schedules from before this version are taken to follow it when they run in the community's zone now.
ALTER TABLE schedule ADD COLUMN follows_community_zone BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE schedule SET follows_community_zone = TRUE
    WHERE time_zone = (SELECT c.time_zone FROM community c WHERE c.id = schedule.community_id);
