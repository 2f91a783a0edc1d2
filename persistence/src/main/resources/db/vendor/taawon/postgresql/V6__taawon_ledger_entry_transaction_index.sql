-- PostgreSQL does not index a foreign key by itself (H2 and MariaDB do). Without this index, the
-- deferred balance check of every inserted ledger entry (V2) scans the whole entry table, and so does
-- loading a transaction's entries.
CREATE INDEX taawon_ledger_entry_ix_transaction ON taawon_ledger_entry (transaction_pk);
