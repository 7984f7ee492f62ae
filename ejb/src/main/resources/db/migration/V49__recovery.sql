-- Recovery (追回, issue 28 item 5): orders on an award's paid money, the payments received on them, and the 失信
-- records that may follow an order left unpaid. Amounts in fen. An order copies the program's interest rate and 失信
-- period as they were when it was opened. Payments and records are never deleted; a record ends by its date or by
-- a reviewer's lifting, kept with who lifted it and why.
CREATE SEQUENCE recovery_order_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE recovery_order (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    application_id      BIGINT        NOT NULL REFERENCES application (id),
    organisation_id     BIGINT        NOT NULL REFERENCES organisation (id),
    program_code        VARCHAR(40)   NOT NULL,
    principal_fen       BIGINT        NOT NULL CHECK (principal_fen > 0),
    reason              VARCHAR(20)   NOT NULL,
    reason_text         VARCHAR(2000) NOT NULL,
    due_date            DATE          NOT NULL,
    annual_rate         DECIMAL(9, 6) NOT NULL CHECK (annual_rate >= 0),
    credit_months       INTEGER       CHECK (credit_months > 0),
    status              VARCHAR(10)   NOT NULL,
    principal_paid_fen  BIGINT        NOT NULL CHECK (principal_paid_fen >= 0),
    interest_paid_fen   BIGINT        NOT NULL CHECK (interest_paid_fen >= 0),
    opened_by           VARCHAR(32)   NOT NULL,
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_on          DATE,
    row_version         BIGINT        NOT NULL,
    CONSTRAINT recovery_order_paid CHECK (principal_paid_fen <= principal_fen)
);
CREATE INDEX recovery_order_application ON recovery_order (application_id);
CREATE INDEX recovery_order_organisation ON recovery_order (organisation_id);

CREATE SEQUENCE recovery_payment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE recovery_payment (
    id             BIGINT      NOT NULL PRIMARY KEY,
    order_id       BIGINT      NOT NULL REFERENCES recovery_order (id),
    paid_on        DATE        NOT NULL,
    amount_fen     BIGINT      NOT NULL CHECK (amount_fen > 0),
    interest_fen   BIGINT      NOT NULL CHECK (interest_fen >= 0),
    principal_fen  BIGINT      NOT NULL CHECK (principal_fen >= 0),
    recorded_by    VARCHAR(32) NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT recovery_payment_split CHECK (interest_fen + principal_fen = amount_fen)
);
CREATE INDEX recovery_payment_order ON recovery_payment (order_id);

-- The gate of every program asks for the organisation's records in force: by organisation, then the dates.
CREATE SEQUENCE credit_record_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE credit_record (
    id               BIGINT        NOT NULL PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL REFERENCES organisation (id),
    order_id         BIGINT        NOT NULL REFERENCES recovery_order (id),
    reason           VARCHAR(2000) NOT NULL,
    starts_on        DATE          NOT NULL,
    ends_on          DATE          NOT NULL,
    recorded_by      VARCHAR(32)   NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    lifted_by        VARCHAR(32),
    lifted_at        TIMESTAMP WITH TIME ZONE,
    lift_reason      VARCHAR(2000),
    row_version      BIGINT        NOT NULL,
    CONSTRAINT credit_record_period CHECK (ends_on >= starts_on)
);
CREATE INDEX credit_record_organisation ON credit_record (organisation_id, ends_on);
