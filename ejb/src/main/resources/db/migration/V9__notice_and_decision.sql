-- Public notice (公示) of proposed approvals, objections to it, and the decision with its amount (four-eyes above
-- the program's limit).
ALTER TABLE application ADD COLUMN proposed_amount NUMERIC(15, 2);
ALTER TABLE application ADD COLUMN amount_reason VARCHAR(1000);
ALTER TABLE application ADD COLUMN notice_starts_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE application ADD COLUMN notice_ends_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE application ADD COLUMN decided_amount NUMERIC(15, 2);
ALTER TABLE application ADD COLUMN decided_by VARCHAR(32);
ALTER TABLE application ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE application ADD COLUMN second_approver VARCHAR(32);

CREATE INDEX application_notice_idx ON application (status, notice_ends_at);

CREATE SEQUENCE objection_seq START WITH 1 INCREMENT BY 50;

-- An objection raised by anyone during the public notice; it pauses the application until a reviewer resolves it.
CREATE TABLE objection (
    id             BIGINT        NOT NULL PRIMARY KEY,
    application_id BIGINT        NOT NULL REFERENCES application (id),
    reason         VARCHAR(2000) NOT NULL,
    contact        VARCHAR(200)  NOT NULL,
    raised_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_by    VARCHAR(32),
    resolution     VARCHAR(2000),
    upheld         BOOLEAN,
    resolved_at    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX objection_application_idx ON objection (application_id);
