-- Issue 28, the gaps after the letter: (1) the answers to a program's own progress report fields
-- (agreement.reporting.fields), kept as JSON checked against the program version's field definitions, like an
-- application's form values; (2) the files an applicant attaches to an acceptance request (验收材料), checked by
-- content in the attachment store like a progress report's, each with the round it was attached in; (3) a missed
-- rectification deadline (逾期未整改): the day the daily run noticed it (set once, so it is told once across the
-- cluster) and the reviewer's reason for concluding 不通过 without a second panel.
ALTER TABLE progress_report ADD COLUMN answers VARCHAR(100000) DEFAULT '{}' NOT NULL;

ALTER TABLE acceptance ADD COLUMN rectify_lapsed_on DATE;
ALTER TABLE acceptance ADD COLUMN lapse_reason VARCHAR(1000);

CREATE SEQUENCE acceptance_file_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE acceptance_file (
    id                BIGINT       NOT NULL PRIMARY KEY,
    acceptance_id     BIGINT       NOT NULL REFERENCES acceptance (id),
    acceptance_round  INTEGER      NOT NULL CHECK (acceptance_round IN (1, 2)),
    file_name         VARCHAR(500) NOT NULL,
    kind              VARCHAR(10)  NOT NULL,
    size_bytes        BIGINT       NOT NULL,
    sha256            VARCHAR(64)  NOT NULL,
    storage_key       VARCHAR(100) NOT NULL UNIQUE,
    uploaded_by       VARCHAR(32)  NOT NULL,
    uploaded_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX acceptance_file_acceptance ON acceptance_file (acceptance_id);
