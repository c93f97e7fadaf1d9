-- Warehouse integration needs a stable stock-keeping unit per product.

ALTER TABLE product ADD COLUMN sku VARCHAR(32);

UPDATE product SET sku = 'P' || lpad(id::text, 8, '0') WHERE sku IS NULL;

ALTER TABLE product ALTER COLUMN sku SET NOT NULL;
ALTER TABLE product ADD CONSTRAINT product_sku_uq UNIQUE (sku);
