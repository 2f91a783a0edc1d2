-- Orders are paid before they earn anything (SETTLEMENT.md §3a): each order records how it is paid,
-- and each cooperative's part of it when it was paid (a card payment pays every part at once; cash on
-- delivery pays a part when its parcel is delivered).
ALTER TABLE taawon_order ADD payment_method VARCHAR(24) DEFAULT 'CARD' NOT NULL;
ALTER TABLE taawon_sub_order ADD paid_at BIGINT;

-- Orders paid under the previous release had their sale counted from checkout: their parts are paid
-- at the order's checkout time, as the ledger already says.
UPDATE taawon_sub_order SET paid_at = (SELECT o.placed_at FROM taawon_order o WHERE o.id = taawon_sub_order.order_pk)
 WHERE order_pk IN (SELECT id FROM taawon_order WHERE status IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'));

-- Expiry reads the unpaid card orders oldest first.
CREATE INDEX taawon_order_ix_awaiting ON taawon_order (payment_method, status, placed_at);
