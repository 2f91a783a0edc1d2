-- Claims on payouts: a worker (one instance of the host application) takes due payouts with
-- SELECT ... FOR UPDATE SKIP LOCKED and marks them with its id and a lease; a crashed worker's claims
-- are taken over once the lease has run out. A payout whose rail did not answer rests until
-- lease_until with no worker.
ALTER TABLE taawon_payout ADD COLUMN claimed_by VARCHAR(128);
ALTER TABLE taawon_payout ADD COLUMN lease_until BIGINT;
CREATE INDEX taawon_payout_ix_due ON taawon_payout (state, id);

-- One row per lock; opening and planning payout runs hold 'runs' (SELECT ... FOR UPDATE) so that
-- instances doing it at the same moment queue instead of racing on the unique keys.
CREATE TABLE taawon_payout_lock (
    lock_name VARCHAR(32) NOT NULL,
    PRIMARY KEY (lock_name)
);
INSERT INTO taawon_payout_lock (lock_name) VALUES ('runs');
