-- MariaDB compares text case-insensitively by default; ids are exact, so Taawon's tables use a binary collation.
ALTER TABLE taawon_cooperative CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE taawon_product CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE taawon_cart CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE taawon_cart_line CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE taawon_order CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE taawon_sub_order CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE taawon_order_line CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE taawon_refund CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE taawon_refunded_line CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE taawon_ledger_transaction CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE taawon_ledger_entry CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE taawon_payout_run CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE taawon_payout CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- The ledger is append-only: rows of its tables can be inserted, never updated or deleted.
CREATE TRIGGER taawon_ledger_transaction_no_update BEFORE UPDATE ON taawon_ledger_transaction
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the Taawon ledger is append-only: UPDATE on taawon_ledger_transaction refused';
CREATE TRIGGER taawon_ledger_transaction_no_delete BEFORE DELETE ON taawon_ledger_transaction
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the Taawon ledger is append-only: DELETE on taawon_ledger_transaction refused';
CREATE TRIGGER taawon_ledger_entry_no_update BEFORE UPDATE ON taawon_ledger_entry
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the Taawon ledger is append-only: UPDATE on taawon_ledger_entry refused';
CREATE TRIGGER taawon_ledger_entry_no_delete BEFORE DELETE ON taawon_ledger_entry
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the Taawon ledger is append-only: DELETE on taawon_ledger_entry refused';
