-- A confirmation button works once: the random nonce of each confirmation pressed, kept until it would have expired
-- anyway. Nothing else: no member, no channel, no action.
CREATE TABLE confirmation_used (
    nonce   VARCHAR(32) PRIMARY KEY,
    used_at TIMESTAMP   NOT NULL
);
