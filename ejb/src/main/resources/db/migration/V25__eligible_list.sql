-- One name for one idea: the published lists (名单) are the eligible lists in the UI, the documents and the API, so
-- their tables (V13) say so too. Rows and keys are unchanged; only names change. Portable SQL (PostgreSQL and H2).
-- What SQL cannot rename on both databases follows in migration 26 (bank.infra.EligibleListNames): the sequence
-- (H2 cannot rename one) and the constraints PostgreSQL named after the old tables.
ALTER TABLE whitelist RENAME TO eligible_list;
ALTER TABLE whitelist_entry RENAME TO eligible_list_entry;
ALTER TABLE eligible_list_entry RENAME COLUMN whitelist_id TO eligible_list_id;
ALTER INDEX whitelist_entry_enterprise_idx RENAME TO eligible_list_entry_enterprise_idx;
