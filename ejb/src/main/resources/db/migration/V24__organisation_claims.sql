-- Enterprises prove who they are (issue 25). A registration that gives a credit code is a claim: the organisation
-- gets its credit_code (still unique) only when the bureau verifies the claim, so two claims on one code can exist
-- side by side and go to the bureau as a dispute, and a bank looking a code up only ever finds a verified holder.
-- identity_status: VERIFIED (the code is proven, or was given by an administrator), CLAIMED (a code is claimed and
-- not yet proven), NO_CODE (a talent team without an entity of its own: nothing to prove; the formal review checks
-- the team). Organisations already registered are taken as verified (grandfathered: they were checked by the
-- formal review of their applications before this existed).
ALTER TABLE organisation ADD COLUMN identity_status VARCHAR(20);
UPDATE organisation SET identity_status = CASE WHEN credit_code IS NULL THEN 'NO_CODE' ELSE 'VERIFIED' END;
ALTER TABLE organisation ALTER COLUMN identity_status SET NOT NULL;
ALTER TABLE organisation ADD CONSTRAINT organisation_identity_status_check
    CHECK (identity_status IN ('VERIFIED', 'CLAIMED', 'NO_CODE'));
ALTER TABLE organisation ADD COLUMN verified_at TIMESTAMP WITH TIME ZONE;
UPDATE organisation SET verified_at = created_at WHERE identity_status = 'VERIFIED';
-- 法定代表人 as the claimant named them, and the account that registered the organisation
ALTER TABLE organisation ADD COLUMN legal_representative VARCHAR(50);
ALTER TABLE organisation ADD COLUMN registered_by VARCHAR(32);

CREATE SEQUENCE organisation_claim_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE organisation_claim (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    organisation_id      BIGINT       NOT NULL UNIQUE REFERENCES organisation (id),
    credit_code          VARCHAR(18)  NOT NULL,
    legal_representative VARCHAR(50)  NOT NULL,
    registered_by        VARCHAR(32)  NOT NULL,
    status               VARCHAR(20)  NOT NULL
        CHECK (status IN ('AWAITING_DOCUMENTS', 'SUBMITTED', 'VERIFIED', 'REJECTED')),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at         TIMESTAMP WITH TIME ZONE,
    decided_at           TIMESTAMP WITH TIME ZONE,
    decided_by           VARCHAR(32),
    reason               VARCHAR(500),
    version              BIGINT       NOT NULL
);
CREATE INDEX organisation_claim_code_idx ON organisation_claim (credit_code);
CREATE INDEX organisation_claim_status_idx ON organisation_claim (status, submitted_at);

-- The claim's evidence: 营业执照 and 授权委托书, kept like attachments (server-made names, SHA-256 checked on read);
-- a replaced document is superseded, not deleted (全程留痕: a decision can be traced to what it was made on).
CREATE SEQUENCE claim_document_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE claim_document (
    id            BIGINT       NOT NULL PRIMARY KEY,
    claim_id      BIGINT       NOT NULL REFERENCES organisation_claim (id),
    kind          VARCHAR(20)  NOT NULL CHECK (kind IN ('BUSINESS_LICENCE', 'AUTHORISATION')),
    file_name     VARCHAR(500) NOT NULL,
    file_kind     VARCHAR(10)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    storage_key   VARCHAR(100) NOT NULL UNIQUE,
    uploaded_by   VARCHAR(32)  NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    superseded_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX claim_document_claim_idx ON claim_document (claim_id);

-- Notifications about the organisation itself (its claim verified or rejected) have no application.
ALTER TABLE notification ALTER COLUMN application_id DROP NOT NULL;
ALTER TABLE notification ALTER COLUMN status DROP NOT NULL;
