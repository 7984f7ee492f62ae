-- The ledger (issue 28): a book per program, budget year and round (0: the whole year), with double-entry postings
-- in fen. The book's row keeps its figures (budget, committed, paid, recovered; available is what is left) and is
-- the row every operation on the book locks first, so that two operations on one book serialise on every node.
CREATE SEQUENCE ledger_book_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE ledger_book (
    id             BIGINT      NOT NULL PRIMARY KEY,
    program_code   VARCHAR(40) NOT NULL,
    budget_year    INTEGER     NOT NULL CHECK (budget_year BETWEEN 2000 AND 2100),
    round_no       INTEGER     NOT NULL CHECK (round_no BETWEEN 0 AND 12),
    budget_fen     BIGINT      NOT NULL CHECK (budget_fen >= 0),
    committed_fen  BIGINT      NOT NULL CHECK (committed_fen >= 0),
    paid_fen       BIGINT      NOT NULL CHECK (paid_fen >= 0),
    recovered_fen  BIGINT      NOT NULL CHECK (recovered_fen >= 0),
    version        BIGINT      NOT NULL,
    CONSTRAINT ledger_book_key UNIQUE (program_code, budget_year, round_no)
);

-- Never updated or deleted: a correction is a posting the other way. award_id is the application whose award the
-- money is (none for the budget's own postings); source_id what caused it (a budget row, a decision, a payment).
CREATE SEQUENCE ledger_posting_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE ledger_posting (
    id              BIGINT      NOT NULL PRIMARY KEY,
    book_id         BIGINT      NOT NULL REFERENCES ledger_book (id),
    debit_account   VARCHAR(12) NOT NULL,
    credit_account  VARCHAR(12) NOT NULL,
    amount_fen      BIGINT      NOT NULL CHECK (amount_fen > 0),
    source_kind     VARCHAR(12) NOT NULL,
    source_id       BIGINT,
    award_id        BIGINT,
    posted_by       VARCHAR(32) NOT NULL,
    posted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ledger_posting_two_accounts CHECK (debit_account <> credit_account)
);
CREATE INDEX ledger_posting_book ON ledger_posting (book_id);
CREATE INDEX ledger_posting_award ON ledger_posting (award_id);
