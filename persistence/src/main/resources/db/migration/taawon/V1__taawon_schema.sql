-- Taawon's tables, in SQL that H2, PostgreSQL and MariaDB all accept. Every name starts with
-- taawon_ so the schema can live beside a host's own tables.
-- Instants are BIGINT nanoseconds since 1970-01-01T00:00:00Z (UTC): exact, sortable and the same
-- on every database. Money is amount_minor BIGINT (whole minor units) + currency CHAR(3).
-- Generated ids come from sequences that step by 50, matching the pooled optimizer of the entities.

CREATE SEQUENCE taawon_cart_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE taawon_cart_line_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE taawon_order_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE taawon_sub_order_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE taawon_order_line_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE taawon_refund_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE taawon_refunded_line_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE taawon_ledger_transaction_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE taawon_ledger_entry_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE taawon_payout_run_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE taawon_payout_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE taawon_cooperative (
    cooperative_id          VARCHAR(128) NOT NULL,
    name                    VARCHAR(255) NOT NULL,
    kind                    VARCHAR(16)  NOT NULL,
    region                  VARCHAR(255) NOT NULL,
    commission_bp           INTEGER,
    payout_minimum_minor    BIGINT       NOT NULL,
    payout_minimum_currency CHAR(3)      NOT NULL,
    destination_type        VARCHAR(16)  NOT NULL,
    destination_account     VARCHAR(128),
    destination_holder      VARCHAR(255),
    version                 BIGINT       NOT NULL,
    PRIMARY KEY (cooperative_id),
    CONSTRAINT taawon_cooperative_ck_commission CHECK (commission_bp BETWEEN 0 AND 10000),
    CONSTRAINT taawon_cooperative_ck_minimum CHECK (payout_minimum_minor >= 0)
);

CREATE TABLE taawon_product (
    sku             VARCHAR(128) NOT NULL,
    cooperative_id  VARCHAR(128) NOT NULL,
    name            VARCHAR(255) NOT NULL,
    category        VARCHAR(255) NOT NULL,
    price_minor     BIGINT       NOT NULL,
    price_currency  CHAR(3)      NOT NULL,
    stock           BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (sku),
    CONSTRAINT taawon_product_ck_price CHECK (price_minor >= 0),
    -- the last line of defence against overselling
    CONSTRAINT taawon_product_ck_stock CHECK (stock >= 0)
);

CREATE TABLE taawon_cart (
    id      BIGINT       NOT NULL,
    cart_id VARCHAR(128) NOT NULL,
    version BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT taawon_cart_uk_cart_id UNIQUE (cart_id)
);

CREATE TABLE taawon_cart_line (
    id       BIGINT       NOT NULL,
    cart_pk  BIGINT       NOT NULL,
    line_no  INTEGER      NOT NULL,
    sku      VARCHAR(128) NOT NULL,
    quantity BIGINT       NOT NULL,
    version  BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT taawon_cart_line_fk_cart FOREIGN KEY (cart_pk) REFERENCES taawon_cart (id),
    CONSTRAINT taawon_cart_line_uk_line UNIQUE (cart_pk, line_no)
);

CREATE TABLE taawon_order (
    id                BIGINT       NOT NULL,
    order_id          VARCHAR(128) NOT NULL,
    currency          CHAR(3)      NOT NULL,
    placed_at         BIGINT       NOT NULL,
    discount_minor    BIGINT       NOT NULL,
    discount_currency CHAR(3)      NOT NULL,
    status            VARCHAR(24)  NOT NULL,
    payment_reference VARCHAR(255),
    status_changed_at BIGINT       NOT NULL,
    version           BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT taawon_order_uk_order_id UNIQUE (order_id)
);

CREATE TABLE taawon_sub_order (
    id                BIGINT       NOT NULL,
    order_pk          BIGINT       NOT NULL,
    line_no           INTEGER      NOT NULL,
    cooperative_id    VARCHAR(128) NOT NULL,
    subtotal_minor    BIGINT       NOT NULL,
    subtotal_currency CHAR(3)      NOT NULL,
    shipping_minor    BIGINT       NOT NULL,
    shipping_currency CHAR(3)      NOT NULL,
    fulfilment        VARCHAR(24)  NOT NULL,
    shipped_at        BIGINT,
    delivered_at      BIGINT,
    PRIMARY KEY (id),
    CONSTRAINT taawon_sub_order_fk_order FOREIGN KEY (order_pk) REFERENCES taawon_order (id),
    CONSTRAINT taawon_sub_order_uk_cooperative UNIQUE (order_pk, cooperative_id)
);
CREATE INDEX taawon_sub_order_ix_cooperative ON taawon_sub_order (cooperative_id);

CREATE TABLE taawon_order_line (
    id                  BIGINT       NOT NULL,
    order_pk            BIGINT       NOT NULL,
    line_index          INTEGER      NOT NULL,
    sku                 VARCHAR(128) NOT NULL,
    cooperative_id      VARCHAR(128) NOT NULL,
    unit_price_minor    BIGINT       NOT NULL,
    unit_price_currency CHAR(3)      NOT NULL,
    quantity            BIGINT       NOT NULL,
    discount_minor      BIGINT       NOT NULL,
    discount_currency   CHAR(3)      NOT NULL,
    refunded_units      BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT taawon_order_line_fk_order FOREIGN KEY (order_pk) REFERENCES taawon_order (id),
    CONSTRAINT taawon_order_line_uk_index UNIQUE (order_pk, line_index),
    CONSTRAINT taawon_order_line_ck_refunded CHECK (refunded_units >= 0 AND refunded_units <= quantity)
);

CREATE TABLE taawon_refund (
    id            BIGINT  NOT NULL,
    order_pk      BIGINT  NOT NULL,
    refund_number INTEGER NOT NULL,
    refunded_at   BIGINT  NOT NULL,
    restock       BOOLEAN NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT taawon_refund_fk_order FOREIGN KEY (order_pk) REFERENCES taawon_order (id),
    CONSTRAINT taawon_refund_uk_number UNIQUE (order_pk, refund_number)
);

CREATE TABLE taawon_refunded_line (
    id              BIGINT       NOT NULL,
    refund_pk       BIGINT       NOT NULL,
    line_index      INTEGER      NOT NULL,
    sku             VARCHAR(128) NOT NULL,
    cooperative_id  VARCHAR(128) NOT NULL,
    units_before    BIGINT       NOT NULL,
    units           BIGINT       NOT NULL,
    amount_minor    BIGINT       NOT NULL,
    amount_currency CHAR(3)      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT taawon_refunded_line_fk_refund FOREIGN KEY (refund_pk) REFERENCES taawon_refund (id),
    CONSTRAINT taawon_refunded_line_uk_line UNIQUE (refund_pk, line_index)
);

CREATE TABLE taawon_ledger_transaction (
    id             BIGINT       NOT NULL,
    transaction_id VARCHAR(128) NOT NULL,
    recorded_at    BIGINT       NOT NULL,
    currency       CHAR(3)      NOT NULL,
    version        BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT taawon_ledger_transaction_uk_id UNIQUE (transaction_id)
);

CREATE TABLE taawon_ledger_entry (
    id             BIGINT       NOT NULL,
    transaction_pk BIGINT       NOT NULL,
    account_type   VARCHAR(32)  NOT NULL,
    account_owner  VARCHAR(128) NOT NULL,
    kind           VARCHAR(32)  NOT NULL,
    amount_minor   BIGINT       NOT NULL,
    currency       CHAR(3)      NOT NULL,
    effective_at   BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT taawon_ledger_entry_fk_transaction FOREIGN KEY (transaction_pk) REFERENCES taawon_ledger_transaction (id)
);
CREATE INDEX taawon_ledger_entry_ix_account ON taawon_ledger_entry (account_type, account_owner, currency);

CREATE TABLE taawon_payout_run (
    id      BIGINT       NOT NULL,
    run_id  VARCHAR(128) NOT NULL,
    run_at  BIGINT       NOT NULL,
    version BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT taawon_payout_run_uk_run_id UNIQUE (run_id)
);

CREATE TABLE taawon_payout (
    id                  BIGINT        NOT NULL,
    payout_id           VARCHAR(128)  NOT NULL,
    run_id              VARCHAR(128)  NOT NULL,
    cooperative_id      VARCHAR(128)  NOT NULL,
    amount_minor        BIGINT        NOT NULL,
    amount_currency     CHAR(3)       NOT NULL,
    destination_type    VARCHAR(16)   NOT NULL,
    destination_account VARCHAR(128),
    destination_holder  VARCHAR(255),
    state               VARCHAR(16)   NOT NULL,
    planned_at          BIGINT        NOT NULL,
    attempts            INTEGER       NOT NULL,
    rail_reference      VARCHAR(255),
    failure             VARCHAR(1000),
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT taawon_payout_uk_payout_id UNIQUE (payout_id),
    -- a run pays a cooperative at most once
    CONSTRAINT taawon_payout_uk_run_cooperative UNIQUE (run_id, cooperative_id),
    CONSTRAINT taawon_payout_ck_amount CHECK (amount_minor > 0)
);
CREATE INDEX taawon_payout_ix_cooperative ON taawon_payout (cooperative_id);
