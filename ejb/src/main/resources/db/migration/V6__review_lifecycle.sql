-- The whole life cycle of an application (formal review, returns for revision, expert review, public notice,
-- decision, letter): longer status names, a revision counter, events that say which step was taken and from which
-- state to which, earlier submitted versions kept, attachments superseded rather than deleted once submitted, and
-- in-app notifications for the applicant.
ALTER TABLE application ALTER COLUMN status SET DATA TYPE VARCHAR(30);
ALTER TABLE application ADD COLUMN revision INTEGER DEFAULT 1 NOT NULL;

-- event kinds are now the names of the steps (Move): SUBMIT rather than SUBMITTED
UPDATE application_event SET kind = 'SUBMIT' WHERE kind = 'SUBMITTED';
UPDATE application_event SET kind = 'WITHDRAW' WHERE kind = 'WITHDRAWN';
ALTER TABLE application_event ADD COLUMN from_status VARCHAR(30);
ALTER TABLE application_event ADD COLUMN to_status VARCHAR(30);

-- an attachment replaced during a revision stays readable as part of the earlier version
ALTER TABLE attachment ADD COLUMN superseded_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE application_revision_seq START WITH 1 INCREMENT BY 50;

-- What was submitted before a return for revision: the form values and the attachments of that version.
CREATE TABLE application_revision (
    id             BIGINT        NOT NULL PRIMARY KEY,
    application_id BIGINT        NOT NULL REFERENCES application (id),
    revision       INTEGER       NOT NULL,
    form_values    VARCHAR(1000000) NOT NULL,
    attachment_ids VARCHAR(4000) NOT NULL,
    submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    returned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    returned_by    VARCHAR(32)   NOT NULL,
    reasons        VARCHAR(20000) NOT NULL,
    UNIQUE (application_id, revision)
);

CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;

-- In-app notifications to an applicant organisation, one per status change of its applications.
CREATE TABLE notification (
    id              BIGINT       NOT NULL PRIMARY KEY,
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    application_id  BIGINT       NOT NULL REFERENCES application (id),
    kind            VARCHAR(30)  NOT NULL,
    status          VARCHAR(30)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at         TIMESTAMP WITH TIME ZONE
);

CREATE INDEX notification_organisation_idx ON notification (organisation_id, created_at);
