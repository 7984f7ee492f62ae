-- Applications (申请) and their numbering. The form values are kept as JSON exactly as entered; the assessment is
-- stored as its results (total, outcome, award, points per criterion) together with the program version and hash
-- it was computed with: the explanations can always be recomputed from those, since scoring is deterministic.
CREATE SEQUENCE application_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE application_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE application (
    id               BIGINT        NOT NULL PRIMARY KEY,
    -- e.g. KF-RC-2026-00042; null while a draft
    number           VARCHAR(30)   UNIQUE,
    organisation_id  BIGINT        NOT NULL REFERENCES organisation (id),
    created_by       VARCHAR(32)   NOT NULL,
    program_code     VARCHAR(40)   NOT NULL,
    program_version  INTEGER       NOT NULL,
    program_hash     VARCHAR(64)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    form_values      VARCHAR(1000000) NOT NULL,
    total            NUMERIC(7, 2),
    outcome          VARCHAR(20),
    award            NUMERIC(15, 2),
    criterion_points VARCHAR(20000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL
);

CREATE INDEX application_organisation_idx ON application (organisation_id, updated_at);
CREATE INDEX application_program_idx ON application (program_code, status);

-- What happened to an application, for the applicant's timeline.
CREATE TABLE application_event (
    id             BIGINT       NOT NULL PRIMARY KEY,
    application_id BIGINT       NOT NULL REFERENCES application (id),
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(32)  NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    note           VARCHAR(2000)
);

CREATE INDEX application_event_application_idx ON application_event (application_id, at);

-- Gap-free numbers per prefix and year: the row is locked while a number is taken, so concurrent submissions
-- (on any cluster node) queue for it, and a rolled-back submission gives its number back.
CREATE TABLE number_counter (
    prefix     VARCHAR(20) NOT NULL,
    counter_year INTEGER   NOT NULL,
    last_value INTEGER     NOT NULL,
    PRIMARY KEY (prefix, counter_year)
);
