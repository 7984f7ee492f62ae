-- Repeated objections (issue 25): an objection identical to an open one, or to one a reviewer marked vexatious, is
-- merged into it (counted in repeats) instead of pausing the case again. reason_key is a SHA-256 digest of the
-- reason with case and spacing folded, to find identical ones without comparing 2,000-character texts.
ALTER TABLE objection ADD COLUMN repeats INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE objection ADD COLUMN vexatious BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE objection ADD COLUMN reason_key VARCHAR(64);
CREATE INDEX objection_reason_idx ON objection (application_id, reason_key);
