-- Agreements (任务书/资助协议), issue 28 item 1. One per award, drafted from the program version the application
-- used when its decision letter is issued. Indicators and tranches are copied from the program's template, so a
-- later program version changes no agreement; the tranches' amounts (fen) add up to the award. The signed PDF is
-- kept byte for byte in agreement_file with its SHA-256 and verification code on the row, verified like letters.
CREATE SEQUENCE agreement_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE agreement (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    application_id      BIGINT       NOT NULL UNIQUE REFERENCES application (id),
    organisation_id     BIGINT       NOT NULL REFERENCES organisation (id),
    organisation_name   VARCHAR(200) NOT NULL,
    case_number         VARCHAR(40)  NOT NULL,
    program_code        VARCHAR(40)  NOT NULL,
    program_version     INTEGER      NOT NULL,
    program_name        VARCHAR(200) NOT NULL,
    decision_letter     VARCHAR(40),
    amount_fen          BIGINT       NOT NULL CHECK (amount_fen >= 0),
    status              VARCHAR(20)  NOT NULL,
    drafted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    proposed_by         VARCHAR(32),
    proposed_at         TIMESTAMP WITH TIME ZONE,
    return_reason       VARCHAR(1000),
    targets_accepted_by VARCHAR(32),
    number              VARCHAR(40)  UNIQUE,
    verification_code   VARCHAR(14)  UNIQUE,
    sha256              VARCHAR(64)  UNIQUE,
    size_bytes          INTEGER,
    issued_at           TIMESTAMP WITH TIME ZONE,
    accepted_by         VARCHAR(32),
    accepted_at         TIMESTAMP WITH TIME ZONE,
    row_version         BIGINT       NOT NULL
);

CREATE INDEX agreement_status_idx ON agreement (status);
CREATE INDEX agreement_organisation_idx ON agreement (organisation_id);

CREATE TABLE agreement_indicator (
    agreement_id  BIGINT        NOT NULL REFERENCES agreement (id),
    position      INTEGER       NOT NULL,
    code          VARCHAR(40)   NOT NULL,
    category      VARCHAR(12)   NOT NULL,
    name_zh       VARCHAR(200)  NOT NULL,
    name_en       VARCHAR(200),
    unit_zh       VARCHAR(40)   NOT NULL,
    unit_en       VARCHAR(40),
    higher_better BOOLEAN       NOT NULL,
    target        NUMERIC(18, 4),
    PRIMARY KEY (agreement_id, position)
);

CREATE TABLE agreement_tranche (
    agreement_id  BIGINT      NOT NULL REFERENCES agreement (id),
    position      INTEGER     NOT NULL,
    share_percent INTEGER     NOT NULL,
    due_condition VARCHAR(24) NOT NULL,
    amount_fen    BIGINT      NOT NULL CHECK (amount_fen >= 0),
    due_at        TIMESTAMP WITH TIME ZONE,
    due_by        VARCHAR(32),
    PRIMARY KEY (agreement_id, position)
);

-- The conditions later stages reported as holding (the mid-term check, the acceptance): each once.
CREATE TABLE agreement_condition (
    agreement_id  BIGINT      NOT NULL REFERENCES agreement (id),
    met_condition VARCHAR(24) NOT NULL,
    PRIMARY KEY (agreement_id, met_condition)
);

CREATE TABLE agreement_file (
    agreement_id BIGINT NOT NULL PRIMARY KEY REFERENCES agreement (id),
    pdf          BYTEA  NOT NULL
);
