-- Found by the nesting probe: DO blocks nesting 10,000 IFs, BEGINs or LOOPs threw
-- StackOverflowError out of Analysis (PL/pgSQL reader recursion). Bodies nested deeper than 256
-- are now unreadable, like any body the reader cannot follow, and reported as not analysed.
-- expect: query-not-analysed
DO $$ BEGIN {{repeat 10000:IF true THEN }}NULL; {{repeat 10000:END IF; }}END $$;
DO $$ {{repeat 10000:BEGIN }}NULL; {{repeat 10000:END; }}$$;
DO $$ BEGIN {{repeat 10000:LOOP }}NULL; {{repeat 10000:END LOOP; }}END $$;
