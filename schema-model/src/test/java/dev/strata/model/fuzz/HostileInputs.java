package dev.strata.model.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hand-made hostile inputs, each named: huge single lines, 10,000-deep nesting, unterminated
 * quotes, dollar quotes and comments, lone surrogates and NUL bytes, in the places of a migration
 * where each reader (lexer, DDL parser, DML resolver, PL/pgSQL reader, Prisma parser) meets them.
 */
final class HostileInputs {
  static final int DEEP = 10_000;
  static final int MEGABYTE = 1 << 20;

  private HostileInputs() {}

  static Map<String, String> sql() {
    Map<String, String> in = new LinkedHashMap<>();
    String open = "(".repeat(DEEP);
    String close = ")".repeat(DEEP);
    in.put("deep parentheses in SELECT", "SELECT " + open + "1" + close + ";");
    in.put("deep parentheses, unclosed", "SELECT " + open + "1;");
    in.put("deep parentheses in a DEFAULT", "CREATE TABLE t (a int DEFAULT " + open + "1" + close + ");");
    in.put("deep parentheses in a CHECK", "CREATE TABLE t (a int CHECK " + open + "a > 0" + close + ");");
    in.put("deep parentheses in a column list", "CREATE TABLE t " + open + "a int" + close + ";");
    in.put("deep parentheses in a type modifier", "CREATE TABLE t (a numeric" + open + "1" + close + ");");
    in.put("deep parentheses in an index", "CREATE INDEX i ON t " + open + "a" + close + ";");
    in.put("deep parentheses in UPDATE", "CREATE TABLE t (a int);\nUPDATE t SET a = " + open + "1" + close + ";");
    in.put("deep parentheses in a view", "CREATE VIEW v AS SELECT " + open + "1" + close + " AS x;");
    in.put("deep parentheses in a DO block", "DO $$ BEGIN PERFORM " + open + "1" + close + "; END $$;");
    in.put("deep subqueries", "SELECT " + "(SELECT ".repeat(DEEP / 10) + "1" + ")".repeat(DEEP / 10) + ";");
    in.put("deep nested DO block IFs", "DO $$ BEGIN " + "IF true THEN ".repeat(DEEP) + "NULL; "
        + "END IF; ".repeat(DEEP) + "END $$;");
    in.put("deep nested BEGIN blocks", "DO $$ " + "BEGIN ".repeat(DEEP) + "NULL; " + "END; ".repeat(DEEP) + "$$;");
    in.put("deep nested LOOPs in a function", "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN "
        + "LOOP ".repeat(DEEP) + "NULL; " + "END LOOP; ".repeat(DEEP) + "END $$;");
    in.put("deep array brackets", "SELECT ARRAY" + "[".repeat(DEEP) + "1" + "]".repeat(DEEP) + ";");
    in.put("deep casts", "SELECT 1" + "::int".repeat(DEEP) + ";");
    in.put("long operator chain", "SELECT 1" + " + 1".repeat(DEEP * 10) + ";");
    in.put("long AND chain", "SELECT 1 WHERE " + "true AND ".repeat(DEEP * 5) + "true;");
    in.put("1 MB single-line SELECT", "SELECT " + "a, ".repeat(MEGABYTE / 3) + "b FROM t;");
    in.put("1 MB single-line CREATE TABLE", "CREATE TABLE t (" + columns(MEGABYTE / 12) + ");");
    in.put("1 MB identifier", "CREATE TABLE " + "x".repeat(MEGABYTE) + " (id int);");
    in.put("1 MB string literal", "INSERT INTO t VALUES ('" + "x".repeat(MEGABYTE) + "');");
    in.put("1 MB of semicolons", ";".repeat(MEGABYTE));
    in.put("1 MB unterminated string", "SELECT '" + "x".repeat(MEGABYTE));
    in.put("1 MB unterminated comment", "/* " + "x".repeat(MEGABYTE));
    in.put("unterminated quote", "CREATE TABLE t (a text DEFAULT 'abc);\nCREATE TABLE u (id int);");
    in.put("unterminated quoted identifier", "CREATE TABLE \"t (id int);");
    in.put("unterminated dollar quote", "DO $$ BEGIN RAISE NOTICE 'x'; END;");
    in.put("unterminated tagged dollar quote", "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1 $bod$ LANGUAGE sql;");
    in.put("unterminated nested comment", "/* outer /* inner */ CREATE TABLE t (id int);");
    in.put("unterminated E string", "SELECT E'abc\\';");
    in.put("unterminated U& identifier", "SELECT U&\"abc;");
    in.put("lone high surrogate in identifier", "CREATE TABLE \uD800t (id int);");
    in.put("lone low surrogate in quoted identifier", "CREATE TABLE \"\uDC00\" (id int);");
    in.put("lone surrogate at end", "CREATE TABLE t (id int);\uD83D");
    in.put("lone surrogate in comment and string", "-- \uDC00\nSELECT '\uD800';");
    in.put("NUL in identifier", "CREATE TABLE t\0 (id int);");
    in.put("NUL in string", "INSERT INTO t VALUES ('\0');");
    in.put("NUL only", "\0\0\0");
    in.put("psql meta-commands", "\\! rm -rf /\n\\gexec\n\\i /etc/passwd\nCREATE TABLE t (id int);");
    in.put("empty", "");
    return in;
  }

  static Map<String, String> prisma() {
    Map<String, String> in = new LinkedHashMap<>();
    String open = "(".repeat(DEEP);
    String close = ")".repeat(DEEP);
    in.put("deep parentheses in an attribute", "model A {\n  id Int @id @default" + open + close + "\n}\n");
    in.put("deep brackets in an attribute", "model A {\n  id Int @@index(" + "[".repeat(DEEP) + "]".repeat(DEEP) + ")\n}\n");
    in.put("deep braces", "model A " + "{".repeat(DEEP) + "}".repeat(DEEP));
    in.put("unclosed blocks", "model A {\n  id Int @id\nenum B {\n  X\n");
    in.put("unterminated string", "datasource db {\n  provider = \"postgresql\n  url = env(\"X)\n}\n");
    in.put("1 MB single line", "model A { " + "f Int ".repeat(MEGABYTE / 6) + "}");
    in.put("lone surrogates and NUL", "model \uD800 {\n  id\0 Int @id @map(\"\uDC00\")\n}\n");
    in.put("empty", "");
    return in;
  }

  private static String columns(int count) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      b.append(i == 0 ? "" : ", ").append("c").append(i).append(" int");
    }
    return b.toString();
  }
}
