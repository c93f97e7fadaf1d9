-- Stock levels per warehouse and reservations held by open orders.
-- (Versions 3-9 were never released; Flyway orders 10 after 2 numerically.)

CREATE TABLE warehouse (
    code   VARCHAR(8)   PRIMARY KEY,
    city   VARCHAR(100) NOT NULL
);

CREATE TABLE stock_level (
    warehouse_code  VARCHAR(8) NOT NULL REFERENCES warehouse (code),
    product_id      BIGINT     NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    on_hand         INTEGER    NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (warehouse_code, product_id)
);

CREATE TABLE reservation (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id        BIGINT     NOT NULL REFERENCES shop_order (id) ON DELETE CASCADE,
    product_id      BIGINT     NOT NULL REFERENCES product (id),
    warehouse_code  VARCHAR(8) NOT NULL REFERENCES warehouse (code),
    quantity        INTEGER    NOT NULL CHECK (quantity > 0),
    expires_at      TIMESTAMPTZ NOT NULL
);

CREATE INDEX reservation_expiry_idx ON reservation (expires_at);
CREATE INDEX reservation_stock_idx ON reservation (warehouse_code, product_id);

INSERT INTO warehouse (code, city) VALUES ('BER1', 'Berlin'), ('LYS1', 'Lyon');
