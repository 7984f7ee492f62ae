-- The bank face: banks' API clients, enterprises' authorisations (授权) of banks, every query banks make, the loans
-- they report, the published eligible lists (名单) and the rate-limit windows. Portable SQL (PostgreSQL and H2).

-- A bank system's credentials. The secret is shown once when issued and stored only as its SHA-256: it is 256
-- random bits, so a fast hash is as safe as a slow one would be for a password, and it is checked per request.
-- The Elytron realm (config/server/security.cli) reads this table to authenticate the client like a user.
CREATE SEQUENCE bank_client_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE bank_client (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    bank_id             BIGINT       NOT NULL REFERENCES organisation (id),
    client_id           VARCHAR(32)  NOT NULL UNIQUE,
    secret_sha256       VARCHAR(64)  NOT NULL,
    label               VARCHAR(100) NOT NULL,
    requests_per_minute INTEGER      NOT NULL,
    issued_by           VARCHAR(32)  NOT NULL,
    issued_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_by          VARCHAR(32),
    revoked_at          TIMESTAMP WITH TIME ZONE
);

CREATE INDEX bank_client_bank_idx ON bank_client (bank_id);

-- An enterprise's authorisation for one bank to check it, until a date (inclusive) or until revoked.
CREATE SEQUENCE bank_consent_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE bank_consent (
    id            BIGINT      NOT NULL PRIMARY KEY,
    enterprise_id BIGINT      NOT NULL REFERENCES organisation (id),
    bank_id       BIGINT      NOT NULL REFERENCES organisation (id),
    granted_by    VARCHAR(32) NOT NULL,
    granted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_on    DATE        NOT NULL,
    revoked_by    VARCHAR(32),
    revoked_at    TIMESTAMP WITH TIME ZONE,
    version       BIGINT      NOT NULL
);

CREATE INDEX bank_consent_pair_idx ON bank_consent (enterprise_id, bank_id);
CREATE INDEX bank_consent_bank_idx ON bank_consent (bank_id);

-- Every question a bank asked (eligibility, letter verification), by web page or API, and what it was told.
-- Append-only: nothing in the application updates or deletes these rows.
CREATE SEQUENCE bank_query_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE bank_query (
    id          BIGINT      NOT NULL PRIMARY KEY,
    bank_id     BIGINT      NOT NULL REFERENCES organisation (id),
    -- who asked: an officer's username (web) or an API client id
    asked_by    VARCHAR(32) NOT NULL,
    channel     VARCHAR(10) NOT NULL,
    subject     VARCHAR(20) NOT NULL,
    -- the credit code asked about, or the letter's verification code; null when what was sent was malformed
    asked_about VARCHAR(32),
    purpose     VARCHAR(30) NOT NULL,
    result      VARCHAR(40) NOT NULL,
    asked_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX bank_query_bank_idx ON bank_query (bank_id, asked_at);
CREATE INDEX bank_query_time_idx ON bank_query (asked_at);

-- Requests counted per caller and minute, so that a limit holds across cluster nodes.
CREATE TABLE bank_rate_window (
    caller       VARCHAR(40) NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    used         INTEGER     NOT NULL,
    PRIMARY KEY (caller, window_start)
);

-- A published eligible list (名单) of one program: numbered per program, with its CSV and its signed PDF kept as
-- published so a re-download is byte-identical.
CREATE SEQUENCE whitelist_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE whitelist (
    id           BIGINT      NOT NULL PRIMARY KEY,
    program_code VARCHAR(40) NOT NULL,
    version      INTEGER     NOT NULL,
    published_by VARCHAR(32) NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    entries      INTEGER     NOT NULL,
    csv          BYTEA       NOT NULL,
    pdf          BYTEA       NOT NULL,
    UNIQUE (program_code, version)
);

CREATE TABLE whitelist_entry (
    whitelist_id      BIGINT        NOT NULL REFERENCES whitelist (id),
    letter_id         BIGINT        NOT NULL REFERENCES letter (id),
    enterprise_id     BIGINT        NOT NULL REFERENCES organisation (id),
    credit_code       VARCHAR(18)   NOT NULL,
    organisation_name VARCHAR(200)  NOT NULL,
    amount            NUMERIC(15, 2) NOT NULL,
    valid_from        DATE          NOT NULL,
    valid_until       DATE          NOT NULL,
    PRIMARY KEY (whitelist_id, letter_id)
);

CREATE INDEX whitelist_entry_enterprise_idx ON whitelist_entry (enterprise_id);

-- A loan a bank granted against an approved support. The idempotency key makes a retried report harmless.
CREATE SEQUENCE loan_report_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE loan_report (
    id              BIGINT        NOT NULL PRIMARY KEY,
    bank_id         BIGINT        NOT NULL REFERENCES organisation (id),
    letter_id       BIGINT        NOT NULL REFERENCES letter (id),
    enterprise_id   BIGINT        NOT NULL REFERENCES organisation (id),
    program_code    VARCHAR(40)   NOT NULL,
    amount          NUMERIC(15, 2) NOT NULL,
    term_months     INTEGER       NOT NULL,
    granted_on      DATE          NOT NULL,
    reported_by     VARCHAR(32)   NOT NULL,
    reported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    idempotency_key VARCHAR(64),
    request_sha256  VARCHAR(64),
    UNIQUE (bank_id, idempotency_key)
);

CREATE INDEX loan_report_bank_idx ON loan_report (bank_id);
CREATE INDEX loan_report_program_idx ON loan_report (program_code);
