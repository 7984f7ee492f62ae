-- Retention (cn.kaifeng.tfs.retention): an objector's contact is erased (set to null) half a year after the
-- objection is settled, so the column may now be empty. Bank queries, notifications and abandoned drafts are deleted
-- when their period is over (bank_query is otherwise append-only, as V13 says).
ALTER TABLE objection ALTER COLUMN contact DROP NOT NULL;

CREATE INDEX objection_resolved_idx ON objection (resolved_at);
CREATE INDEX notification_created_idx ON notification (created_at);
CREATE INDEX application_draft_idx ON application (status, updated_at);
