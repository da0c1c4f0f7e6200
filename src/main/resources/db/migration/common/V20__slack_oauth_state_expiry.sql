-- /slack/install counts the live OAuth states (at most 10,000) and deletes expired ones on every visit.
CREATE INDEX slack_oauth_state_expires ON slack_oauth_state (expires_at);
