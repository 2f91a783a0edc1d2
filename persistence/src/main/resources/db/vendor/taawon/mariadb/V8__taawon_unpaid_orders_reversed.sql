-- Orders are paid before they earn anything (SETTLEMENT.md §3a). The previous release booked each
-- order's sale (transaction sale:<order id>) at checkout, also for orders still waiting for their
-- card payment. Every such order that is still PENDING_PAYMENT gets a compensating transaction
-- unpaid:<order id> that negates its sale entry for entry: same account, kind and currency, each
-- counting from the same instant as the entry it reverses, so no balance at any instant ever counts
-- the unpaid sale. The ledger stays append-only: nothing is updated or deleted, and every new
-- transaction balances because the sale did. The order keeps its figures and stays unpaid; when it
-- is paid the sale is booked again as sale:<order id>:paid (SettlementJournal.resaleOf).
--
-- recorded_at: the reversal is recorded at the instant of the sale it reverses (the checkout), so a
-- reading of the ledger as recorded up to any instant sees the sale and its reversal together or
-- neither. The schema has no column for when a row was inserted; this migration's own time is
-- in taawon_schema_history.
--
-- Ids: every id comes from the table's own sequence, one sequence call per row, the row taking the
-- value the sequence returned. Hibernate's pooled optimizer (blocks of 50) hands out, for each value
-- V it draws, the ids V-49 .. V; a value drawn here is never drawn by Hibernate, so its block can
-- never hold an id used here. Entry ids are drawn first and then given to the reversed entries in
-- the order of the sale's entries, so a reversal lists its entries as its sale does.

-- Working tables of this migration, dropped at its end (temporary tables commit nothing on MariaDB).
CREATE TEMPORARY TABLE taawon_v8_reversed (sale_entry_id BIGINT NOT NULL, unpaid_pk BIGINT NOT NULL, PRIMARY KEY (sale_entry_id));

CREATE TEMPORARY TABLE taawon_v8_entry_id (id BIGINT NOT NULL, PRIMARY KEY (id));

INSERT INTO taawon_ledger_transaction (id, transaction_id, recorded_at, currency, version)
SELECT NEXT VALUE FOR taawon_ledger_transaction_seq, CONCAT('unpaid:', o.order_id), s.recorded_at, s.currency, 0
  FROM taawon_order o
  JOIN taawon_ledger_transaction s ON s.transaction_id = CONCAT('sale:', o.order_id)
 WHERE o.status = 'PENDING_PAYMENT'
   AND NOT EXISTS (SELECT 1 FROM taawon_ledger_transaction r WHERE r.transaction_id = CONCAT('unpaid:', o.order_id));

-- The sale entries to reverse, each with the reversal it goes to.
INSERT INTO taawon_v8_reversed (sale_entry_id, unpaid_pk)
SELECT e.id, u.id
  FROM taawon_order o
  JOIN taawon_ledger_transaction s ON s.transaction_id = CONCAT('sale:', o.order_id)
  JOIN taawon_ledger_entry e ON e.transaction_pk = s.id
  JOIN taawon_ledger_transaction u ON u.transaction_id = CONCAT('unpaid:', o.order_id)
 WHERE o.status = 'PENDING_PAYMENT'
   AND NOT EXISTS (SELECT 1 FROM taawon_ledger_entry x WHERE x.transaction_pk = u.id);

INSERT INTO taawon_v8_entry_id (id)
SELECT NEXT VALUE FOR taawon_ledger_entry_seq FROM taawon_v8_reversed;

-- The n-th sale entry (in id order) takes the n-th id drawn.
INSERT INTO taawon_ledger_entry (id, transaction_pk, account_type, account_owner, kind, amount_minor, currency, effective_at)
SELECT n.id, r.unpaid_pk, e.account_type, e.account_owner, e.kind, -e.amount_minor, e.currency, e.effective_at
  FROM (SELECT sale_entry_id, unpaid_pk, ROW_NUMBER() OVER (ORDER BY sale_entry_id) AS rn FROM taawon_v8_reversed) r
  JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS rn FROM taawon_v8_entry_id) n ON n.rn = r.rn
  JOIN taawon_ledger_entry e ON e.id = r.sale_entry_id;

DROP TEMPORARY TABLE taawon_v8_entry_id;
DROP TEMPORARY TABLE taawon_v8_reversed;
