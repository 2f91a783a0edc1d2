-- The ledger is append-only: rows of its tables can be inserted, never updated or deleted.
CREATE FUNCTION taawon_ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the Taawon ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER taawon_ledger_transaction_append_only
    BEFORE UPDATE OR DELETE ON taawon_ledger_transaction
    FOR EACH ROW EXECUTE FUNCTION taawon_ledger_refuse_change();

CREATE TRIGGER taawon_ledger_entry_append_only
    BEFORE UPDATE OR DELETE ON taawon_ledger_entry
    FOR EACH ROW EXECUTE FUNCTION taawon_ledger_refuse_change();

-- Every ledger transaction sums to zero, checked at commit, when all its entries are in.
CREATE FUNCTION taawon_ledger_check_balance() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    total NUMERIC;
BEGIN
    SELECT COALESCE(SUM(amount_minor), 0) INTO total
      FROM taawon_ledger_entry WHERE transaction_pk = NEW.transaction_pk;
    IF total <> 0 THEN
        RAISE EXCEPTION 'Taawon ledger transaction % does not balance (sum %)', NEW.transaction_pk, total
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER taawon_ledger_entry_balanced
    AFTER INSERT ON taawon_ledger_entry
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION taawon_ledger_check_balance();
