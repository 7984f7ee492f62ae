-- Acceptance (验收), issue 28 item 4: the applicant's acceptance request on a signed agreement (the value achieved
-- for each of its indicators and a summary), the expert panel that scores it (each expert on the panel of one round:
-- a project told to rectify, 限期整改, is accepted again once, with a new panel), the conclusion the reviewer
-- confirms, and the performance evaluation (绩效评价) kept with the organisation for later rounds of support.
-- Scores are out of 100 with two decimals; nothing here is ever deleted.
CREATE SEQUENCE acceptance_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE acceptance (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    application_id      BIGINT        NOT NULL UNIQUE REFERENCES application (id),
    organisation_id     BIGINT        NOT NULL REFERENCES organisation (id),
    organisation_name   VARCHAR(200)  NOT NULL,
    case_number         VARCHAR(40)   NOT NULL,
    program_code        VARCHAR(40)   NOT NULL,
    program_version     INTEGER       NOT NULL,
    acceptance_round    INTEGER       NOT NULL CHECK (acceptance_round IN (1, 2)),
    status              VARCHAR(12)   NOT NULL,
    summary             VARCHAR(4000) NOT NULL,
    submitted_by        VARCHAR(32)   NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by           VARCHAR(32),
    opened_at           TIMESTAMP WITH TIME ZONE,
    panel_score         NUMERIC(5, 2),
    conclusion          VARCHAR(8),
    concluded_by        VARCHAR(32),
    concluded_on        DATE,
    rectify_by          DATE,
    row_version         BIGINT        NOT NULL
);
CREATE INDEX acceptance_status_idx ON acceptance (status);
CREATE INDEX acceptance_organisation_idx ON acceptance (organisation_id);

CREATE TABLE acceptance_value (
    acceptance_id BIGINT         NOT NULL REFERENCES acceptance (id),
    position      INTEGER        NOT NULL,
    code          VARCHAR(40)    NOT NULL,
    achieved      NUMERIC(18, 4) NOT NULL,
    PRIMARY KEY (acceptance_id, position)
);

CREATE SEQUENCE acceptance_assignment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE acceptance_assignment (
    id                BIGINT        NOT NULL PRIMARY KEY,
    acceptance_id     BIGINT        NOT NULL REFERENCES acceptance (id),
    acceptance_round  INTEGER       NOT NULL,
    expert            VARCHAR(32)   NOT NULL,
    assigned_by       VARCHAR(32)   NOT NULL,
    assigned_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    conflict_flags    VARCHAR(200),
    declared_at       TIMESTAMP WITH TIME ZONE,
    declared_conflict BOOLEAN,
    declaration_note  VARCHAR(1000),
    scores            VARCHAR(4000),
    expert_score      NUMERIC(5, 2),
    score_comment     VARCHAR(2000),
    submitted_at      TIMESTAMP WITH TIME ZONE,
    row_version       BIGINT        NOT NULL,
    CONSTRAINT acceptance_assignment_once UNIQUE (acceptance_id, acceptance_round, expert)
);
CREATE INDEX acceptance_assignment_expert_idx ON acceptance_assignment (expert);

-- Later rounds read an organisation's evaluations: by organisation.
CREATE SEQUENCE performance_evaluation_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE performance_evaluation (
    id               BIGINT       NOT NULL PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL REFERENCES organisation (id),
    application_id   BIGINT       NOT NULL UNIQUE REFERENCES application (id),
    case_number      VARCHAR(40)  NOT NULL,
    program_code     VARCHAR(40)  NOT NULL,
    evaluated_on     DATE         NOT NULL,
    conclusion       VARCHAR(8)   NOT NULL,
    total_score      NUMERIC(5, 2) NOT NULL,
    evaluated_by     VARCHAR(32)  NOT NULL
);
CREATE INDEX performance_evaluation_organisation_idx ON performance_evaluation (organisation_id);

CREATE TABLE performance_evaluation_line (
    evaluation_id BIGINT         NOT NULL REFERENCES performance_evaluation (id),
    position      INTEGER        NOT NULL,
    code          VARCHAR(40)    NOT NULL,
    category      VARCHAR(12)    NOT NULL,
    name_zh       VARCHAR(200)   NOT NULL,
    higher_better BOOLEAN        NOT NULL,
    target        NUMERIC(18, 4) NOT NULL,
    achieved      NUMERIC(18, 4) NOT NULL,
    score         NUMERIC(5, 2)  NOT NULL,
    PRIMARY KEY (evaluation_id, position)
);
