-- Attachments (附件) of applications. The bytes are files in the attachment store (outside the web root) under a
-- server-made storage_key; the applicant's own file name is only shown. sha256 is checked whenever a file is read.
CREATE SEQUENCE attachment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE attachment (
    id             BIGINT       NOT NULL PRIMARY KEY,
    application_id BIGINT       NOT NULL REFERENCES application (id),
    field_code     VARCHAR(60)  NOT NULL,
    file_name      VARCHAR(500) NOT NULL,
    kind           VARCHAR(10)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    storage_key    VARCHAR(100) NOT NULL UNIQUE,
    uploaded_by    VARCHAR(32)  NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX attachment_application_idx ON attachment (application_id, field_code);
