-- The person the bureau calls about an organisation's applications, and their phone number (encrypted at rest by
-- ContactPhoneConverter; pages show it masked, except to reviewers, who call).
ALTER TABLE organisation_profile ADD COLUMN contact_name VARCHAR(50);
ALTER TABLE organisation_profile ADD COLUMN contact_phone VARCHAR(200);
