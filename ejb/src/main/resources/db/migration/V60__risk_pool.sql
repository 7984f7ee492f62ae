-- The risk-compensation pool (风险补偿资金池, issue 29).

-- Every version of every pool agreement as first loaded from config/pools: the exact file and its SHA-256, so a loan
-- covered under (code, version) can always be re-read, and a file changed under an old version number is refused.
-- Coverage decisions lock the row of their version, so that two loans reported at once on two nodes are checked
-- one after the other against the pool's leverage and the bank's cap.
CREATE SEQUENCE risk_pool_version_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE risk_pool_version (
    id            BIGINT        NOT NULL PRIMARY KEY,
    pool_code     VARCHAR(40)   NOT NULL,
    version       INTEGER       NOT NULL,
    content_hash  VARCHAR(64)   NOT NULL,
    content       VARCHAR(200000) NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    loaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (pool_code, version)
);

-- The pool's decision on a reported loan, made once when the loan is reported, with the reason when refused, and
-- the loan's life as the pool counts it (kept up to date by each event, under the pool version's lock).
CREATE TABLE loan_coverage (
    loan_report_id        BIGINT       NOT NULL PRIMARY KEY REFERENCES loan_report (id),
    pool_version_id       BIGINT       NOT NULL REFERENCES risk_pool_version (id),
    bank_id               BIGINT       NOT NULL REFERENCES organisation (id),
    covered               BOOLEAN      NOT NULL,
    refusal               VARCHAR(30),
    refusal_arguments     VARCHAR(200),
    -- what the pool counts against its caps and leverage for this loan (0 when not covered)
    covered_balance_fen   BIGINT       NOT NULL CHECK (covered_balance_fen >= 0),
    non_performing        BOOLEAN      NOT NULL,
    decided_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (covered OR refusal IS NOT NULL)
);

CREATE INDEX loan_coverage_pool_idx ON loan_coverage (pool_version_id, bank_id);

-- What banks report about their loans after granting them, in the order reported; each idempotent per bank and
-- Idempotency-Key, like the loan report itself.
CREATE SEQUENCE loan_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE loan_event (
    id               BIGINT       NOT NULL PRIMARY KEY,
    loan_report_id   BIGINT       NOT NULL REFERENCES loan_report (id),
    bank_id          BIGINT       NOT NULL REFERENCES organisation (id),
    kind             VARCHAR(20)  NOT NULL
        CHECK (kind IN ('DRAWDOWN', 'REPAYMENT_PLAN', 'REPAYMENT', 'PAST_DUE', 'DEFAULT', 'WRITE_OFF', 'RECOVERY')),
    occurred_on      DATE         NOT NULL,
    principal_fen    BIGINT       NOT NULL CHECK (principal_fen >= 0),
    interest_fen     BIGINT       NOT NULL CHECK (interest_fen >= 0),
    days_past_due    INTEGER      NOT NULL CHECK (days_past_due >= 0),
    -- a repayment plan's instalments, "2026-09-01=50000000;2027-03-01=50000000" (due day = principal in fen)
    plan             VARCHAR(12000),
    reported_by      VARCHAR(32)  NOT NULL,
    reported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    idempotency_key  VARCHAR(64),
    request_sha256   VARCHAR(64)  NOT NULL,
    UNIQUE (bank_id, idempotency_key)
);

CREATE INDEX loan_event_loan_idx ON loan_event (loan_report_id, id);
