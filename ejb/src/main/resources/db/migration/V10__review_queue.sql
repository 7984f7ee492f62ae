-- The reviewers' queue filters by program, status, district, technology field, date and score over every
-- application: district and field are copied out of the JSON at submission so they can be indexed, and saved
-- filters are kept per reviewer.
ALTER TABLE application ADD COLUMN district VARCHAR(30);
ALTER TABLE application ADD COLUMN tech_field VARCHAR(30);

CREATE INDEX application_queue_submitted_idx ON application (submitted_at);
CREATE INDEX application_queue_status_idx ON application (status, submitted_at);
CREATE INDEX application_queue_program_idx ON application (program_code, submitted_at);
CREATE INDEX application_queue_district_idx ON application (district, submitted_at);
CREATE INDEX application_queue_field_idx ON application (tech_field, submitted_at);
CREATE INDEX application_queue_total_idx ON application (total);

CREATE SEQUENCE saved_filter_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE saved_filter (
    id         BIGINT        NOT NULL PRIMARY KEY,
    owner      VARCHAR(32)   NOT NULL,
    name       VARCHAR(60)   NOT NULL,
    filter     VARCHAR(2000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (owner, name)
);
