-- Orders and their lines.

CREATE TABLE shop_order (
    id            BIGSERIAL PRIMARY KEY,
    customer_id   BIGINT      NOT NULL REFERENCES customer (id),
    status        VARCHAR(16) NOT NULL DEFAULT 'CART',
    total_cents   INTEGER     NOT NULL DEFAULT 0,
    placed_at     TIMESTAMPTZ,
    shipped_at    TIMESTAMPTZ,
    CONSTRAINT shop_order_status_check
        CHECK (status IN ('CART', 'PLACED', 'PAID', 'SHIPPED', 'CANCELLED')),
    CONSTRAINT shop_order_shipped_after_placed
        CHECK (shipped_at IS NULL OR placed_at IS NOT NULL AND shipped_at >= placed_at)
);

CREATE TABLE order_line (
    order_id          BIGINT  NOT NULL REFERENCES shop_order (id) ON DELETE CASCADE,
    line_no           INTEGER NOT NULL,
    product_id        BIGINT  NOT NULL REFERENCES product (id),
    quantity          INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents  INTEGER NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

CREATE INDEX shop_order_customer_idx ON shop_order (customer_id, placed_at DESC);
CREATE INDEX shop_order_open_idx ON shop_order (status) WHERE status IN ('CART', 'PLACED', 'PAID');
CREATE INDEX order_line_product_idx ON order_line (product_id);
