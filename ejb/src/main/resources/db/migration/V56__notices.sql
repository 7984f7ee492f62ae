-- Notices issued after the award (issue 28 item 6): the payment notice (拨付通知) when the treasury's return file
-- marks a payment paid, the recovery notice (追回通知) when a recovery order is opened, and the acceptance conclusion
-- (验收结论). Printed and signed by the letters' press and numbered like letters, but kept apart from the decision
-- letters so that nothing that reads letters as decisions (banks, appeals, rounds) ever meets one. source_id is the
-- payment request, the recovery order or the acceptance the notice is about: one notice per kind and source.
CREATE SEQUENCE notice_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE notice (
    id                BIGINT       NOT NULL PRIMARY KEY,
    kind              VARCHAR(24)  NOT NULL,
    source_id         BIGINT       NOT NULL,
    application_id    BIGINT       NOT NULL REFERENCES application (id),
    organisation_id   BIGINT       NOT NULL REFERENCES organisation (id),
    organisation_name VARCHAR(200) NOT NULL,
    program_code      VARCHAR(40)  NOT NULL,
    program_name      VARCHAR(200) NOT NULL,
    number            VARCHAR(40)  NOT NULL UNIQUE,
    verification_code VARCHAR(14)  NOT NULL UNIQUE,
    amount_fen        BIGINT       CHECK (amount_fen >= 0),
    issued_by         VARCHAR(32)  NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    sha256            VARCHAR(64)  NOT NULL UNIQUE,
    size_bytes        INTEGER      NOT NULL,
    CONSTRAINT notice_once UNIQUE (kind, source_id)
);

CREATE INDEX notice_application_idx ON notice (application_id);

CREATE TABLE notice_file (
    notice_id BIGINT NOT NULL PRIMARY KEY REFERENCES notice (id),
    pdf       BYTEA  NOT NULL
);
