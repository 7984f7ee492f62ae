-- Proactive matching (政策直达, 免申即享; issue 27). Every night and after a profile change each open program's
-- gates and objective criteria are run against the profiles of organisations that may act as themselves.

-- The latest result per organisation and program: one row, replaced at each run (the home page reads it, the
-- bureau's list of qualifying enterprises reads it). verdict: LIKELY (gates met by known facts, the pass mark
-- reachable without facts the profile lacks), POSSIBLE (depends on facts the profile does not state), NOT (a gate
-- fails or the pass mark is out of reach). estimate_kind: EXACT (the award formula over known facts, 预估),
-- UP_TO (the formula needs unknown facts: the program's cap), NONE. reasons: the explanations as JSON.
CREATE TABLE program_match (
    organisation_id  BIGINT        NOT NULL REFERENCES organisation (id),
    program_code     VARCHAR(40)   NOT NULL,
    program_version  INTEGER       NOT NULL,
    verdict          VARCHAR(10)   NOT NULL CHECK (verdict IN ('LIKELY', 'POSSIBLE', 'NOT')),
    estimate_fen     BIGINT,
    estimate_kind    VARCHAR(10)   NOT NULL CHECK (estimate_kind IN ('EXACT', 'UP_TO', 'NONE')),
    reasons          VARCHAR(20000) NOT NULL,
    computed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organisation_id, program_code)
);
CREATE INDEX program_match_program_idx ON program_match (program_code, verdict);

-- One notice per organisation and program version, ever: the key makes a second insert fail, so two nodes
-- matching at once never both tell the organisation. Kept apart from the notifications themselves, which the
-- retention rules remove after a while without that making the notice come again.
CREATE TABLE match_notice (
    organisation_id  BIGINT        NOT NULL REFERENCES organisation (id),
    program_code     VARCHAR(40)   NOT NULL,
    program_version  INTEGER       NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organisation_id, program_code, program_version)
);

-- 免申即享: the bureau proposes the amount to a qualifying organisation, which confirms (a case is created, filled
-- from the profile, and goes the normal review path) or declines. One proposal per organisation and version.
CREATE SEQUENCE match_proposal_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE match_proposal (
    id               BIGINT        NOT NULL PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL REFERENCES organisation (id),
    program_code     VARCHAR(40)   NOT NULL,
    program_version  INTEGER       NOT NULL,
    amount_fen       BIGINT        NOT NULL,
    status           VARCHAR(20)   NOT NULL CHECK (status IN ('PROPOSED', 'CONFIRMED', 'DECLINED')),
    proposed_by      VARCHAR(32)   NOT NULL,
    proposed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by       VARCHAR(32),
    decided_at       TIMESTAMP WITH TIME ZONE,
    application_id   BIGINT,
    version          BIGINT        NOT NULL,
    CONSTRAINT match_proposal_once UNIQUE (organisation_id, program_code, program_version)
);

-- what a notice about the organisation is about (a program's code for a match); null for the others
ALTER TABLE notification ADD COLUMN subject VARCHAR(40);

-- The nightly run, once per day across the cluster: the node that inserts the day's row runs it, the others find
-- the key taken and skip. The timer fires every hour from 02:43, so a night the servers were down is caught up.
CREATE TABLE match_run (
    run_day      DATE          NOT NULL PRIMARY KEY,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    stored       INTEGER
);
