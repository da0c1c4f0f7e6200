-- DISCORD_FACILITATOR_ROLE given as a name is resolved to a role id once per server; from then on the role counts
-- by id, so a renamed role still works and a new role created later with the same name does not.
CREATE TABLE discord_facilitator_role (
    guild_id    VARCHAR(32)  NOT NULL PRIMARY KEY,
    role_name   VARCHAR(100) NOT NULL,
    role_id     VARCHAR(32)  NOT NULL,
    resolved_at TIMESTAMP    NOT NULL
);
