-- The risk-compensation pool's money and its claims (代偿, issue 29 item 3).

-- One book per pool code: what the pool was funded with so far (the agreement's sizeFen of the versions loaded; a
-- later version of another size posts the difference). Operations on the pool's money first take the write lock on
-- the pool's version rows (PoolCatalog.lock), as coverage decisions do: one lock discipline for the pool.
CREATE TABLE risk_pool_book (
    pool_code     VARCHAR(40)  NOT NULL PRIMARY KEY,
    funded_fen    BIGINT       NOT NULL CHECK (funded_fen >= 0),
    opened_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The pool's money as double-entry postings, never updated: each names the event it comes from (funding, claim,
-- loan event, subsidy). The pool's balance is the sum of its POOL debits less its POOL credits.
CREATE SEQUENCE risk_pool_posting_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE risk_pool_posting (
    id            BIGINT       NOT NULL PRIMARY KEY,
    pool_code     VARCHAR(40)  NOT NULL REFERENCES risk_pool_book (pool_code),
    debit         VARCHAR(20)  NOT NULL CHECK (debit IN ('FUNDING', 'POOL', 'CLAIMS', 'RECOVERED', 'SUBSIDIES')),
    credit        VARCHAR(20)  NOT NULL CHECK (credit IN ('FUNDING', 'POOL', 'CLAIMS', 'RECOVERED', 'SUBSIDIES')),
    amount_fen    BIGINT       NOT NULL CHECK (amount_fen > 0),
    source_kind   VARCHAR(20)  NOT NULL CHECK (source_kind IN ('FUNDING', 'CLAIM', 'LOAN_EVENT', 'SUBSIDY')),
    source_id     BIGINT       NOT NULL,
    posted_by     VARCHAR(50)  NOT NULL,
    posted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (debit <> credit),
    -- an event moves the pool's money once: a retried claim payout or recovery cannot post twice
    UNIQUE (pool_code, source_kind, source_id, debit, credit)
);

CREATE INDEX risk_pool_posting_pool ON risk_pool_posting (pool_code, id);

-- A bank's claim on a defaulted covered loan, one per loan: the amount fixed at submission (the pool's share of the
-- loss not yet recovered), the reviewers' decisions with their reason.
CREATE SEQUENCE risk_pool_claim_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE risk_pool_claim (
    id                          BIGINT       NOT NULL PRIMARY KEY,
    loan_report_id              BIGINT       NOT NULL UNIQUE REFERENCES loan_report (id),
    bank_id                     BIGINT       NOT NULL REFERENCES organisation (id),
    pool_code                   VARCHAR(40)  NOT NULL REFERENCES risk_pool_book (pool_code),
    amount_fen                  BIGINT       NOT NULL CHECK (amount_fen > 0),
    second_approval_above_fen   BIGINT       NOT NULL CHECK (second_approval_above_fen >= 0),
    state                       VARCHAR(30)  NOT NULL
        CHECK (state IN ('SUBMITTED', 'AWAITING_SECOND_APPROVAL', 'APPROVED', 'REJECTED', 'PAID')),
    submitted_by                VARCHAR(50)  NOT NULL,
    submitted_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    first_reviewer              VARCHAR(50),
    second_reviewer             VARCHAR(50),
    reason                      VARCHAR(500),
    decided_at                  TIMESTAMP WITH TIME ZONE,
    idempotency_key             VARCHAR(64),
    request_sha256              VARCHAR(64)  NOT NULL,
    row_version                 BIGINT       NOT NULL,
    UNIQUE (bank_id, idempotency_key)
);

CREATE INDEX risk_pool_claim_state ON risk_pool_claim (state, submitted_at);

-- The claim's evidence, content-checked where it is stored (AttachmentStore.keepChecked).
CREATE SEQUENCE risk_pool_claim_file_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE risk_pool_claim_file (
    id             BIGINT       NOT NULL PRIMARY KEY,
    claim_id       BIGINT       NOT NULL REFERENCES risk_pool_claim (id),
    file_name      VARCHAR(500) NOT NULL,
    kind           VARCHAR(10)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    storage_key    VARCHAR(100) NOT NULL UNIQUE,
    uploaded_by    VARCHAR(32)  NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX risk_pool_claim_file_claim ON risk_pool_claim_file (claim_id);
