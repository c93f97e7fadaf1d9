-- Catalog snapshot of every user schema, as one JSON document (one row, one column).
-- Ported from the pg-oracle's snapshot.sql; domains, composite types and functions are left out
-- since the neutral SchemaSnapshot does not carry them.
-- Objects that belong to an extension (pg_depend deptype 'e') are left out.
-- Lists are ordered by name here; oracle_helper.py re-serialises with sorted keys.
WITH
nsp AS (
  SELECT n.oid, n.nspname
  FROM pg_catalog.pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
),
extmember AS (
  SELECT d.classid, d.objid FROM pg_catalog.pg_depend d WHERE d.deptype = 'e'
),
rel AS (
  SELECT c.oid, n.nspname, c.relname, c.relkind,
         pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS qname,
         n.nspname || '.' || c.relname AS key
  FROM pg_catalog.pg_class c JOIN nsp n ON n.oid = c.relnamespace
  WHERE NOT EXISTS (SELECT 1 FROM extmember e
                    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND e.objid = c.oid)
),
cols AS (
  SELECT a.attrelid, a.attnum, a.attname,
         pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
         a.attnotnull, a.attidentity, a.attgenerated,
         pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS dflt,
         CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
         pg_catalog.row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum) AS position
  FROM pg_catalog.pg_attribute a
  JOIN rel r ON r.oid = a.attrelid
  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
  WHERE a.attnum > 0 AND NOT a.attisdropped
),
cons AS (
  SELECT k.*,
         (SELECT pg_catalog.array_agg(a.attname ORDER BY u.ord)
            FROM pg_catalog.unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
            JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum) AS cols,
         (SELECT pg_catalog.array_agg(a.attname ORDER BY u.ord)
            FROM pg_catalog.unnest(k.confkey) WITH ORDINALITY u(attnum, ord)
            JOIN pg_catalog.pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum) AS fcols
  FROM pg_catalog.pg_constraint k JOIN rel r ON r.oid = k.conrelid
),
idx AS (
  SELECT i.indrelid, ic.relname AS name, i.indisunique, i.indisprimary, am.amname,
         pg_catalog.pg_get_indexdef(i.indexrelid) AS def,
         pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS pred,
         (SELECT pg_catalog.array_agg(pg_catalog.pg_get_indexdef(i.indexrelid, g, true) ORDER BY g)
            FROM pg_catalog.generate_series(1, i.indnkeyatts) g) AS keycols,
         (SELECT pg_catalog.array_agg(pg_catalog.pg_get_indexdef(i.indexrelid, g, true) ORDER BY g)
            FROM pg_catalog.generate_series(i.indnkeyatts + 1, i.indnatts) g) AS inclcols,
         (SELECT k.conname FROM pg_catalog.pg_constraint k WHERE k.conindid = i.indexrelid
            AND k.conrelid = i.indrelid AND k.contype IN ('p','u','x') LIMIT 1) AS constraint_name,
         i.indisvalid
  FROM pg_catalog.pg_index i
  JOIN rel r ON r.oid = i.indrelid
  JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_catalog.pg_am am ON am.oid = ic.relam
)
SELECT pg_catalog.json_build_object(
  'schemas', (SELECT COALESCE(pg_catalog.json_agg(n.nspname ORDER BY n.nspname), '[]'::json) FROM nsp n
              WHERE NOT EXISTS (SELECT 1 FROM extmember e WHERE e.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND e.objid = n.oid)),
  'extensions', (SELECT COALESCE(pg_catalog.json_object_agg(x.extname, pg_catalog.json_build_object('schema', xn.nspname, 'version', x.extversion)), '{}'::json)
                 FROM pg_catalog.pg_extension x JOIN pg_catalog.pg_namespace xn ON xn.oid = x.extnamespace),
  'tables', (SELECT COALESCE(pg_catalog.json_object_agg(r.key, pg_catalog.json_build_object(
      'kind', CASE r.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned_table' WHEN 'f' THEN 'foreign_table' END,
      'partition_of', (SELECT pn.nspname || '.' || pc.relname FROM pg_catalog.pg_inherits ih
                         JOIN pg_catalog.pg_class pc ON pc.oid = ih.inhparent
                         JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
                         JOIN pg_catalog.pg_class me ON me.oid = ih.inhrelid
                        WHERE ih.inhrelid = r.oid AND me.relispartition LIMIT 1),
      'row_security', (SELECT c.relrowsecurity FROM pg_catalog.pg_class c WHERE c.oid = r.oid),
      'columns', (SELECT COALESCE(pg_catalog.json_agg(pg_catalog.json_build_object(
            'name', c.attname, 'type', c.type, 'not_null', c.attnotnull,
            'default', CASE WHEN c.attgenerated = '' THEN c.dflt END,
            'generated', CASE WHEN c.attgenerated <> '' THEN c.dflt END,
            'identity', CASE c.attidentity WHEN 'a' THEN 'always' WHEN 'd' THEN 'by default' END,
            'collation', c.collation,
            'position', c.position) ORDER BY c.attname), '[]'::json)
          FROM cols c WHERE c.attrelid = r.oid),
      'primary_key', (SELECT pg_catalog.json_build_object('name', k.conname, 'columns', pg_catalog.to_json(k.cols))
          FROM cons k WHERE k.conrelid = r.oid AND k.contype = 'p'),
      'unique_constraints', (SELECT COALESCE(pg_catalog.json_agg(pg_catalog.json_build_object(
            'name', k.conname, 'columns', pg_catalog.to_json(k.cols), 'deferrable', k.condeferrable,
            'definition', pg_catalog.pg_get_constraintdef(k.oid, true)) ORDER BY k.conname), '[]'::json)
          FROM cons k WHERE k.conrelid = r.oid AND k.contype = 'u'),
      'foreign_keys', (SELECT COALESCE(pg_catalog.json_agg(pg_catalog.json_build_object(
            'name', k.conname, 'columns', pg_catalog.to_json(k.cols),
            'ref_table', (SELECT fn.nspname || '.' || fc.relname FROM pg_catalog.pg_class fc
                           JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace WHERE fc.oid = k.confrelid),
            'ref_columns', pg_catalog.to_json(k.fcols),
            'on_update', CASE k.confupdtype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END,
            'on_delete', CASE k.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END,
            'match', CASE k.confmatchtype WHEN 'f' THEN 'FULL' WHEN 'p' THEN 'PARTIAL' ELSE 'SIMPLE' END,
            'deferrable', k.condeferrable, 'initially_deferred', k.condeferred,
            'validated', k.convalidated) ORDER BY k.conname), '[]'::json)
          FROM cons k WHERE k.conrelid = r.oid AND k.contype = 'f'),
      'check_constraints', (SELECT COALESCE(pg_catalog.json_agg(pg_catalog.json_build_object(
            'name', k.conname, 'definition', pg_catalog.pg_get_constraintdef(k.oid, true),
            'validated', k.convalidated) ORDER BY k.conname), '[]'::json)
          FROM cons k WHERE k.conrelid = r.oid AND k.contype = 'c'),
      'exclusion_constraints', (SELECT COALESCE(pg_catalog.json_agg(pg_catalog.json_build_object(
            'name', k.conname, 'definition', pg_catalog.pg_get_constraintdef(k.oid, true)) ORDER BY k.conname), '[]'::json)
          FROM cons k WHERE k.conrelid = r.oid AND k.contype = 'x'),
      'indexes', (SELECT COALESCE(pg_catalog.json_agg(pg_catalog.json_build_object(
            'name', i.name, 'columns', pg_catalog.to_json(i.keycols),
            'include', pg_catalog.to_json(COALESCE(i.inclcols, '{}'::text[])),
            'unique', i.indisunique, 'primary', i.indisprimary, 'method', i.amname,
            'predicate', i.pred, 'constraint', i.constraint_name, 'valid', i.indisvalid,
            'definition', i.def) ORDER BY i.name), '[]'::json)
          FROM idx i WHERE i.indrelid = r.oid),
      'triggers', (SELECT COALESCE(pg_catalog.json_agg(pg_catalog.json_build_object(
            'name', tg.tgname, 'definition', pg_catalog.pg_get_triggerdef(tg.oid, true),
            'enabled', tg.tgenabled::text) ORDER BY tg.tgname), '[]'::json)
          FROM pg_catalog.pg_trigger tg WHERE tg.tgrelid = r.oid AND NOT tg.tgisinternal)
    )), '{}'::json) FROM rel r WHERE r.relkind IN ('r', 'p', 'f')),
  'enums', (SELECT COALESCE(pg_catalog.json_object_agg(n.nspname || '.' || t.typname,
              (SELECT pg_catalog.json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid)), '{}'::json)
            FROM pg_catalog.pg_type t JOIN nsp n ON n.oid = t.typnamespace
            WHERE t.typtype = 'e'
              AND NOT EXISTS (SELECT 1 FROM extmember x WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND x.objid = t.oid)),
  'sequences', (SELECT COALESCE(pg_catalog.json_object_agg(r.key, pg_catalog.json_build_object(
                  'data_type', pg_catalog.format_type(s.seqtypid, NULL), 'start', s.seqstart, 'increment', s.seqincrement,
                  'min', s.seqmin, 'max', s.seqmax, 'cycle', s.seqcycle,
                  'owned_by', (SELECT tn.nspname || '.' || tc.relname || '.' || ta.attname
                                 FROM pg_catalog.pg_depend d
                                 JOIN pg_catalog.pg_class tc ON tc.oid = d.refobjid
                                 JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
                                 JOIN pg_catalog.pg_attribute ta ON ta.attrelid = d.refobjid AND ta.attnum = d.refobjsubid
                                WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = r.oid
                                  AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype IN ('a', 'i') LIMIT 1))), '{}'::json)
                FROM rel r JOIN pg_catalog.pg_sequence s ON s.seqrelid = r.oid WHERE r.relkind = 'S'),
  'views', (SELECT COALESCE(pg_catalog.json_object_agg(r.key, pg_catalog.json_build_object(
              'materialized', r.relkind = 'm',
              'columns', (SELECT pg_catalog.json_agg(pg_catalog.json_build_object('name', c.attname, 'type', c.type) ORDER BY c.attnum) FROM cols c WHERE c.attrelid = r.oid),
              'definition', pg_catalog.pg_get_viewdef(r.oid, true),
              'indexes', (SELECT COALESCE(pg_catalog.json_agg(pg_catalog.json_build_object('name', i.name, 'columns', pg_catalog.to_json(i.keycols), 'unique', i.indisunique, 'predicate', i.pred, 'definition', i.def) ORDER BY i.name), '[]'::json) FROM idx i WHERE i.indrelid = r.oid))), '{}'::json)
            FROM rel r WHERE r.relkind IN ('v', 'm'))
)::text;
