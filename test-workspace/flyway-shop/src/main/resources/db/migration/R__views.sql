-- Reporting views. Repeatable: Flyway re-applies this file whenever it changes.

CREATE OR REPLACE VIEW product_availability AS
SELECT p.id                              AS product_id,
       p.sku,
       p.name,
       COALESCE(SUM(s.on_hand), 0)       AS on_hand,
       COALESCE((SELECT SUM(r.quantity)
                   FROM reservation r
                  WHERE r.product_id = p.id
                    AND r.expires_at > now()), 0) AS reserved
  FROM product p
  LEFT JOIN stock_level s ON s.product_id = p.id
 WHERE p.status = 'ACTIVE'
 GROUP BY p.id, p.sku, p.name;
