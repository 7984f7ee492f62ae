-- Every version of every program definition as first loaded: the exact file content and its SHA-256, so an
-- application scored against (code, version) can always be re-read and re-explained, and a file changed under an
-- old version number is detected.
CREATE SEQUENCE program_version_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE program_version (
    id             BIGINT        NOT NULL PRIMARY KEY,
    program_code   VARCHAR(40)   NOT NULL,
    version        INTEGER       NOT NULL,
    content_hash   VARCHAR(64)   NOT NULL,
    content        VARCHAR(1000000) NOT NULL,
    file_name      VARCHAR(200)  NOT NULL,
    -- FILE: shipped in config/programs; IMPORT: uploaded by an administrator
    origin         VARCHAR(10)   NOT NULL CHECK (origin IN ('FILE', 'IMPORT')),
    -- DRAFT versions can be dry-run but are not offered to applicants
    status         VARCHAR(10)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    loaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    loaded_by      VARCHAR(32)   NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE,
    published_by   VARCHAR(32),
    UNIQUE (program_code, version)
);
