-- Monitoring (issue 28 item 4): progress reports on an award's schedule, their files, the mid-term checks, the
-- reminders sent (one per report period and kind: the key makes a second send impossible), and the day's row of
-- the daily reminder run (the node that inserts it runs it). The schedule itself is not stored: it is computed
-- from the agreement's signing and the program version's reporting plan, neither of which changes.
CREATE SEQUENCE progress_report_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE progress_report (
    id               BIGINT        NOT NULL PRIMARY KEY,
    application_id   BIGINT        NOT NULL REFERENCES application (id),
    organisation_id  BIGINT        NOT NULL REFERENCES organisation (id),
    period_number    INTEGER       NOT NULL CHECK (period_number > 0),
    due_on           DATE          NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    summary          VARCHAR(4000) NOT NULL,
    spent_fen        BIGINT        NOT NULL CHECK (spent_fen >= 0),
    submitted_by     VARCHAR(32)   NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    return_reason    VARCHAR(1000),
    reviewed_by      VARCHAR(32),
    reviewed_at      TIMESTAMP WITH TIME ZONE,
    row_version      BIGINT        NOT NULL,
    CONSTRAINT progress_report_period UNIQUE (application_id, period_number)
);
CREATE INDEX progress_report_status ON progress_report (status, due_on);

CREATE TABLE progress_report_value (
    report_id       BIGINT         NOT NULL REFERENCES progress_report (id),
    indicator_code  VARCHAR(60)    NOT NULL,
    reached         NUMERIC(18, 4) NOT NULL CHECK (reached >= 0),
    PRIMARY KEY (report_id, indicator_code)
);

CREATE SEQUENCE progress_report_file_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE progress_report_file (
    id           BIGINT       NOT NULL PRIMARY KEY,
    report_id    BIGINT       NOT NULL REFERENCES progress_report (id),
    file_name    VARCHAR(500) NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    storage_key  VARCHAR(100) NOT NULL UNIQUE,
    uploaded_by  VARCHAR(32)  NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX progress_report_file_report ON progress_report_file (report_id);

CREATE SEQUENCE midterm_check_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE midterm_check (
    id              BIGINT        NOT NULL PRIMARY KEY,
    application_id  BIGINT        NOT NULL REFERENCES application (id),
    check_number    INTEGER       NOT NULL CHECK (check_number > 0),
    visited_on      DATE,
    visit_place     VARCHAR(200),
    visit_people    VARCHAR(500),
    findings        VARCHAR(4000),
    result          VARCHAR(10)   NOT NULL,
    rectify_by      DATE,
    rectify_what    VARCHAR(4000),
    recorded_by     VARCHAR(32)   NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT midterm_check_number UNIQUE (application_id, check_number),
    CONSTRAINT midterm_check_rectify CHECK (result <> 'RECTIFY' OR (rectify_by IS NOT NULL AND rectify_what IS NOT NULL))
);

CREATE TABLE report_reminder (
    application_id  BIGINT      NOT NULL REFERENCES application (id),
    period_number   INTEGER     NOT NULL,
    kind            VARCHAR(10) NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, period_number, kind)
);

CREATE TABLE monitoring_run (
    run_day     DATE NOT NULL PRIMARY KEY,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
