-- The expert panel: experts' employer and fields (for matching and conflict checks), their assignments to
-- applications with the conflict-of-interest declaration and the independent scores, and the panel's outcome.
CREATE TABLE expert_profile (
    username    VARCHAR(32)  NOT NULL PRIMARY KEY,
    employer    VARCHAR(200) NOT NULL,
    tech_fields VARCHAR(500) NOT NULL
);

CREATE SEQUENCE panel_assignment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE panel_assignment (
    id                BIGINT        NOT NULL PRIMARY KEY,
    application_id    BIGINT        NOT NULL REFERENCES application (id),
    expert            VARCHAR(32)   NOT NULL,
    panel_lead        BOOLEAN       NOT NULL,
    assigned_by       VARCHAR(32)   NOT NULL,
    assigned_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- what the system found by itself (comma-separated flags); null when nothing
    conflict_flags    VARCHAR(200),
    declared_at       TIMESTAMP WITH TIME ZONE,
    declared_conflict BOOLEAN,
    declaration_note  VARCHAR(1000),
    scores            VARCHAR(4000),
    score_comment     VARCHAR(2000),
    submitted_at      TIMESTAMP WITH TIME ZONE,
    version           BIGINT        NOT NULL,
    UNIQUE (application_id, expert)
);

CREATE INDEX panel_assignment_expert_idx ON panel_assignment (expert);

-- the panel's points per expert criterion (JSON), and the lead's consensus note where the experts disagreed
ALTER TABLE application ADD COLUMN panel_scores VARCHAR(4000);
ALTER TABLE application ADD COLUMN panel_note VARCHAR(2000);
