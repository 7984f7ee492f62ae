-- Every version of every policy document (config/policy/*.yaml) as first loaded or imported: the exact file
-- content and its SHA-256, like program versions, so that what a program cited can be re-read, and a file changed
-- under an old version number is detected. Documents need no publishing step: a new version only adds text to cite.
CREATE SEQUENCE policy_document_version_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE policy_document_version (
    id             BIGINT        NOT NULL PRIMARY KEY,
    document_id    VARCHAR(40)   NOT NULL,
    version        INTEGER       NOT NULL,
    content_hash   VARCHAR(64)   NOT NULL,
    content        VARCHAR(1000000) NOT NULL,
    file_name      VARCHAR(200)  NOT NULL,
    -- FILE: shipped in config/policy; IMPORT: uploaded by an administrator
    origin         VARCHAR(10)   NOT NULL CHECK (origin IN ('FILE', 'IMPORT')),
    loaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    loaded_by      VARCHAR(32)   NOT NULL,
    UNIQUE (document_id, version)
);
