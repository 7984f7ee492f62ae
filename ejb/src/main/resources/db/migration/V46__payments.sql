-- Payment in tranches (资金拨付, issue 28 item 2). A tranche that fell due becomes a payment request; reviewer and
-- finance approvals are recorded on it; approved requests go into a payment file for the treasury, each line keeping
-- the payee's account as it was sent; the treasury's return file marks them paid or failed. A paid payment is posted
-- to the ledger (ledger_posting, source PAYMENT) with the request's id as its source.
CREATE SEQUENCE payment_request_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE payment_request (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    application_id     BIGINT       NOT NULL REFERENCES application (id),
    case_number        VARCHAR(40)  NOT NULL,
    program_code       VARCHAR(40)  NOT NULL,
    organisation_id    BIGINT       NOT NULL REFERENCES organisation (id),
    tranche_no         INTEGER      NOT NULL CHECK (tranche_no >= 1),
    amount_fen         BIGINT       NOT NULL CHECK (amount_fen > 0),
    purpose            VARCHAR(200) NOT NULL,
    budget_line        VARCHAR(60)  NOT NULL,
    threshold_fen      BIGINT       NOT NULL CHECK (threshold_fen >= 0),
    status             VARCHAR(20)  NOT NULL
        CHECK (status IN ('REQUESTED', 'REVIEWED', 'FIRST_APPROVED', 'APPROVED', 'IN_FILE', 'PAID', 'FAILED')),
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_by        VARCHAR(50),
    first_finance_by   VARCHAR(50),
    second_finance_by  VARCHAR(50),
    approved_at        TIMESTAMP WITH TIME ZONE,
    file_id            BIGINT,
    treasury_ref       VARCHAR(64),
    failure_reason     VARCHAR(200),
    settled_at         TIMESTAMP WITH TIME ZONE,
    version            BIGINT       NOT NULL,
    -- a tranche is paid once: the agreement firing its event twice must not make two requests
    CONSTRAINT payment_request_tranche UNIQUE (application_id, tranche_no)
);
CREATE INDEX payment_request_status ON payment_request (status);
CREATE INDEX payment_request_org ON payment_request (organisation_id);

-- The payee's bank account (收款账户), one per organisation; the number encrypted (AccountNumberConverter).
CREATE TABLE payee_account (
    organisation_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES organisation (id),
    holder_name      VARCHAR(100) NOT NULL,
    bank_name        VARCHAR(100) NOT NULL,
    account_number   VARCHAR(400) NOT NULL,
    changed_by       VARCHAR(50)  NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL
);

-- A payment file: (day, sequence) unique, so two nodes cannot both write the day's file.
CREATE SEQUENCE payment_file_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE payment_file (
    id           BIGINT      NOT NULL PRIMARY KEY,
    file_date    DATE        NOT NULL,
    seq_no       INTEGER     NOT NULL CHECK (seq_no >= 1),
    line_count   INTEGER     NOT NULL,
    total_fen    BIGINT      NOT NULL,
    created_by   VARCHAR(50) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    returned_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT payment_file_day UNIQUE (file_date, seq_no)
);

CREATE TABLE payment_file_line (
    file_id         BIGINT       NOT NULL REFERENCES payment_file (id),
    payment_id      BIGINT       NOT NULL REFERENCES payment_request (id),
    payee_name      VARCHAR(100) NOT NULL,
    bank_name       VARCHAR(100) NOT NULL,
    account_number  VARCHAR(400) NOT NULL,
    amount_fen      BIGINT       NOT NULL CHECK (amount_fen > 0),
    PRIMARY KEY (file_id, payment_id)
);

-- Finance officers (财务人员): reviewers an administrator allowed to give the finance approval (see docs/security.md).
CREATE TABLE finance_officer (
    username    VARCHAR(32) NOT NULL PRIMARY KEY REFERENCES user_account (username),
    granted_by  VARCHAR(32) NOT NULL,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
