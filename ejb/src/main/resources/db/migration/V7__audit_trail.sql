-- The audit trail (全程留痕). Records are inserted by the transaction that makes the change; the chainer then
-- numbers them (chain_seq) and links them by hash. Nothing in the application updates or deletes a chained record.
CREATE SEQUENCE audit_record_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_record (
    id           BIGINT        NOT NULL PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    subject      VARCHAR(120)  NOT NULL,
    before_value VARCHAR(20000),
    after_value  VARCHAR(20000),
    chain_seq    BIGINT        UNIQUE,
    prev_hash    VARCHAR(64),
    hash         VARCHAR(64)
);

CREATE INDEX audit_record_subject_idx ON audit_record (subject, id);
CREATE INDEX audit_record_unchained_idx ON audit_record (chain_seq, id);

CREATE TABLE audit_chain_head (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
