-- Catalogue and customers.

CREATE TABLE category (
    id          BIGSERIAL PRIMARY KEY,
    parent_id   BIGINT REFERENCES category (id) ON DELETE SET NULL,
    slug        VARCHAR(80)  NOT NULL UNIQUE,
    title       VARCHAR(200) NOT NULL
);

CREATE TABLE product (
    id           BIGSERIAL PRIMARY KEY,
    category_id  BIGINT       NOT NULL REFERENCES category (id),
    name         VARCHAR(200) NOT NULL,
    description  TEXT,
    price_cents  INTEGER      NOT NULL CHECK (price_cents >= 0),
    currency     CHAR(3)      NOT NULL DEFAULT 'EUR',
    status       VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT product_status_check CHECK (status IN ('DRAFT', 'ACTIVE', 'DISCONTINUED'))
);

CREATE INDEX product_category_idx ON product (category_id);

CREATE TABLE customer (
    id          BIGSERIAL PRIMARY KEY,
    email       VARCHAR(320) NOT NULL,
    full_name   VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX customer_email_lower_uq ON customer (lower(email));
