-- Slack installations for many workspaces (OAuth). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- The bot token is stored AES-GCM encrypted (key derived from COP_SECRET_KEY); no user token, no names.
CREATE TABLE slack_installation (
    workspace_key        VARCHAR(64)   NOT NULL PRIMARY KEY,
    enterprise_id        VARCHAR(32),
    team_id              VARCHAR(32),
    app_id               VARCHAR(32),
    bot_id               VARCHAR(32),
    bot_user_id          VARCHAR(32),
    bot_scopes           VARCHAR(1000),
    bot_token_encrypted  VARCHAR(1000) NOT NULL,
    installed_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- OAuth state values issued by /slack/install, valid once and for ten minutes, shared by all replicas.
CREATE TABLE slack_oauth_state (
    state       VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
