-- An objector's contact (phone or e-mail) is personal information: from now on it is stored encrypted
-- (ObjectionContactConverter), which needs room for the nonce, tag and Base64. Contacts stored before are encrypted
-- at start-up by ObjectionContactSweep.
ALTER TABLE objection ALTER COLUMN contact SET DATA TYPE VARCHAR(1000);
