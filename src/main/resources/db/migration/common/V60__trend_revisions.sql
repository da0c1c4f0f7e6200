-- Why figures of a week changed after they were first counted, so a digest can say so in one line: REMOVED (a
-- member's forget-me or a deleted reply took rows of a week that was not published yet), K_RAISED / K_LOWERED (a
-- finished week was published again with the community's new k). Nothing about who: no person, no count, no
-- instant; a week and a reason. Kept as long as the week's published cells.
CREATE TABLE trend_revision (
    community_id  BIGINT       NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    week_start    DATE         NOT NULL,
    reason        VARCHAR(16)  NOT NULL,
    CONSTRAINT pk_trend_revision PRIMARY KEY (community_id, week_start, reason)
);
