-- The profile an applicant keeps once and every application reuses; an application keeps a copy (snapshot) of the
-- profile as it was when submitted, so later edits never change what was applied with.
CREATE TABLE organisation_profile (
    organisation_id    BIGINT        NOT NULL PRIMARY KEY REFERENCES organisation (id),
    registered_address VARCHAR(200),
    district           VARCHAR(30),
    founded_on         DATE,
    tier               VARCHAR(20),
    tech_fields        VARCHAR(300),
    scenes             VARCHAR(300),
    headcount          INTEGER,
    revenue_last_year  NUMERIC(15, 2),
    rd_last_year       NUMERIC(15, 2),
    lead_name          VARCHAR(50),
    core_technology    VARCHAR(2000),
    ip_summary         VARCHAR(2000),
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(32)   NOT NULL,
    version            BIGINT        NOT NULL
);

ALTER TABLE application ADD COLUMN profile_snapshot VARCHAR(20000);
