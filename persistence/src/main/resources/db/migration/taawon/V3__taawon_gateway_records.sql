-- What payment gateways told us: external events already applied (so a repeated notification takes
-- effect once) and each payment's last known state.

CREATE SEQUENCE taawon_processed_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE taawon_processed_event (
    id           BIGINT       NOT NULL,
    event_id     VARCHAR(255) NOT NULL,
    outcome      VARCHAR(255) NOT NULL,
    processed_at BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT taawon_processed_event_uk_event UNIQUE (event_id)
);

CREATE TABLE taawon_payment_record (
    reference         VARCHAR(255) NOT NULL,
    order_id          VARCHAR(128) NOT NULL,
    amount_minor      BIGINT       NOT NULL,
    amount_currency   CHAR(3)      NOT NULL,
    status            VARCHAR(24)  NOT NULL,
    refunded_minor    BIGINT       NOT NULL,
    refunded_currency CHAR(3)      NOT NULL,
    version           BIGINT       NOT NULL,
    PRIMARY KEY (reference)
);
CREATE INDEX taawon_payment_record_ix_order ON taawon_payment_record (order_id);
