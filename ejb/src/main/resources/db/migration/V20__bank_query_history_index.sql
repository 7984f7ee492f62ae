-- A bank's own query history is read newest first: WHERE bank_id = ? ORDER BY id DESC, 50 rows (BankDashboard
-- .queriesOf, for the bank officer's page and the API's history). Indexed by (bank_id, asked_at), that order could not
-- come from the index, so PostgreSQL walked the primary key backwards and dropped the other banks' rows: quick for
-- the bank that asks most, but for a bank with few queries it read the whole log, and more of it with every query
-- any bank makes (151 ms over 950,000 rows for a bank with none, on 4 December 2026; 0.05 ms with this index).
-- Nothing else used the old index: the dashboard counts the whole log, and retention deletes by asked_at, through
-- bank_query_time_idx. Same number of indexes, so recording a query costs what it did.
DROP INDEX bank_query_bank_idx;
CREATE INDEX bank_query_bank_idx ON bank_query (bank_id, id);
