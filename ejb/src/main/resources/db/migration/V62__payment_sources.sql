-- A payment request pays a tranche of an award (as before) or a pool claim (代偿, issue 29): the source names which,
-- and a source is paid once. A claim's request has no application; it is paid to the bank's payee account.
ALTER TABLE payment_request ADD COLUMN source_kind VARCHAR(20) DEFAULT 'TRANCHE' NOT NULL;
ALTER TABLE payment_request ADD COLUMN source_id BIGINT;
ALTER TABLE payment_request ADD CONSTRAINT payment_request_source_kind CHECK (source_kind IN ('TRANCHE', 'CLAIM'));
ALTER TABLE payment_request ALTER COLUMN application_id DROP NOT NULL;
ALTER TABLE payment_request ADD CONSTRAINT payment_request_source_shape
    CHECK ((source_kind = 'TRANCHE' AND application_id IS NOT NULL AND source_id IS NULL)
        OR (source_kind <> 'TRANCHE' AND application_id IS NULL AND source_id IS NOT NULL));
CREATE UNIQUE INDEX payment_request_source ON payment_request (source_kind, source_id);
