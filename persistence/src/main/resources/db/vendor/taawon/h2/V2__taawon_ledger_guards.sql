-- The ledger is append-only: rows of its tables can be inserted, never updated or deleted.
CREATE TRIGGER taawon_ledger_transaction_append_only BEFORE UPDATE, DELETE ON taawon_ledger_transaction
    FOR EACH ROW CALL 'org.taawon.persistence.support.H2AppendOnlyTrigger';
CREATE TRIGGER taawon_ledger_entry_append_only BEFORE UPDATE, DELETE ON taawon_ledger_entry
    FOR EACH ROW CALL 'org.taawon.persistence.support.H2AppendOnlyTrigger';
