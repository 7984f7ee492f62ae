-- Budgets (issue 27): what a program may give in a budget year, for the whole year (round_no 0) or for one round
-- (批次 1, 2, …) that takes the applications submitted up to closes_on. Set by an administrator and audited; kept in
-- fen so that sums are exact. The ledger of issue 28 (budget → committed → paid) refers to a budget row by its id
-- or by (program_code, budget_year, round_no), which is unique.
CREATE SEQUENCE budget_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE budget (
    id            BIGINT      NOT NULL PRIMARY KEY,
    program_code  VARCHAR(40) NOT NULL,
    budget_year   INTEGER     NOT NULL CHECK (budget_year BETWEEN 2000 AND 2100),
    round_no      INTEGER     NOT NULL CHECK (round_no BETWEEN 0 AND 12),
    closes_on     DATE,
    amount_fen    BIGINT      NOT NULL CHECK (amount_fen > 0),
    set_by        VARCHAR(32) NOT NULL,
    set_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT      NOT NULL,
    CONSTRAINT budget_round_key UNIQUE (program_code, budget_year, round_no),
    CONSTRAINT budget_round_closes CHECK ((round_no = 0 AND closes_on IS NULL) OR (round_no > 0 AND closes_on IS NOT NULL))
);

