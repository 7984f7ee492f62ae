-- Decision letters (决定书 / 通知书). A letter's number runs per number word and year without gaps (counted in
-- number_counter under "L:" + word). What anyone may learn by verifying a letter is kept on the row itself, as it
-- was when the letter was issued; the signed PDF is kept byte for byte in letter_file, with its SHA-256 here.
CREATE SEQUENCE letter_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE letter (
    id                BIGINT        NOT NULL PRIMARY KEY,
    application_id    BIGINT        NOT NULL REFERENCES application (id),
    kind              VARCHAR(10)   NOT NULL,
    number            VARCHAR(40)   NOT NULL UNIQUE,
    verification_code VARCHAR(14)   NOT NULL UNIQUE,
    organisation_name VARCHAR(200)  NOT NULL,
    program_code      VARCHAR(40)   NOT NULL,
    program_name      VARCHAR(200)  NOT NULL,
    amount            NUMERIC(15, 2),
    issued_by         VARCHAR(32)   NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    sha256            VARCHAR(64)   NOT NULL UNIQUE,
    size_bytes        INTEGER       NOT NULL,
    round_id          BIGINT,
    revoked_by        VARCHAR(32),
    revoked_at        TIMESTAMP WITH TIME ZONE,
    revocation_reason VARCHAR(1000)
);

CREATE INDEX letter_application_idx ON letter (application_id);
CREATE INDEX letter_round_idx ON letter (round_id);

-- The signed file, apart from the row so that lists of letters never load it.
CREATE TABLE letter_file (
    letter_id BIGINT NOT NULL PRIMARY KEY REFERENCES letter (id),
    pdf       BYTEA  NOT NULL
);
