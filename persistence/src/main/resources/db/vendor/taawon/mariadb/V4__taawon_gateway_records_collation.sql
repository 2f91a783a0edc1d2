-- As in V2: ids are compared exactly.
ALTER TABLE taawon_processed_event CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE taawon_payment_record CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
