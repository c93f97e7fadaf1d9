package dev.strata.model.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectsTest {
  private static final String USERS = "CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL);\n";

  @Test
  void unknownColumnPointsAtIdentifierWithDidYouMeanFix() {
    History h = History.of(USERS).then("ALTER TABLE users ALTER COLUMN emial SET NOT NULL;");
    Diagnostic d = h.fails("unknown-column");
    assertEquals("emial", h.marked(d));
    assertEquals("column \"emial\" does not exist on table \"users\" at this point in history (m)", d.message());
    assertEquals("email", d.fixes().get(0).edits().get(0).newText());
    assertEquals("42703", d.sqlstate().orElseThrow());
  }

  @Test
  void droppedColumnIsRelatedToTheDrop() {
    History h = History.of(USERS).then("ALTER TABLE users DROP COLUMN email;")
        .then("CREATE INDEX ON users (email);");
    Diagnostic d = h.fails("unknown-column");
    assertTrue(d.related().stream().anyMatch(r -> r.message().contains("dropped")), d.related().toString());
  }

  @Test
  void duplicateTableAndIfNotExists() {
    assertEquals("users", History.of(USERS).then("CREATE TABLE users (id int);").marked(
        History.of(USERS).then("CREATE TABLE users (id int);").fails("duplicate-table")));
    History h = History.of(USERS).then("CREATE TABLE IF NOT EXISTS users (id int);").ok();
    assertEquals(Severity.INFO, h.problems.get(0).severity());
    assertEquals(2, h.table("users").columns().size());
  }

  @Test
  void failingStatementLeavesCatalogUnchanged() {
    History h = History.of(USERS).then("ALTER TABLE users ADD COLUMN name text, ADD COLUMN nope missing_type;");
    h.fails("unknown-type");
    assertSame(h.beforeLast, h.cat);
    assertTrue(h.table("users").column(Name.of("name")).isEmpty());
  }

  @Test
  void secondPrimaryKeyIsRejected() {
    History.of(USERS).then("ALTER TABLE users ADD PRIMARY KEY (email);").fails("multiple-primary-keys");
  }

  @Test
  void foreignKeyNeedsUniqueAndCompatibleTypes() {
    History base = History.of(USERS + "CREATE TABLE posts (id int, author text, uid bigint);");
    base.then("ALTER TABLE posts ADD FOREIGN KEY (author) REFERENCES users (email);").fails("invalid-foreign-key");
    base.then("ALTER TABLE posts ADD FOREIGN KEY (author) REFERENCES users (id);").fails("datatype-mismatch");
    base.then("ALTER TABLE posts ADD FOREIGN KEY (uid) REFERENCES users;").ok();
    assertEquals("posts_uid_fkey", base.table("posts").constraints().get(0).name().value());
  }

  @Test
  void dropTableWithForeignKeysNeedsCascade() {
    History h = History.of(USERS + "CREATE TABLE posts (uid bigint REFERENCES users);");
    h.then("DROP TABLE users;").fails("dependent-objects");
    h.then("DROP TABLE users CASCADE;").ok();
    assertTrue(h.table("posts").constraints().isEmpty());
    assertTrue(h.cat.sequences().get(QName.of("public", "users_id_seq")).isEmpty());
    assertTrue(h.cat.index(QName.of("public", "users_pkey")).isEmpty());
  }

  @Test
  void dropColumnDropsIndexesButNotForeignKeysWithoutCascade() {
    History h = History.of(USERS + "CREATE TABLE p (a int, b int, uid bigint REFERENCES users);"
        + "CREATE INDEX p_ab ON p (a, b);").then("ALTER TABLE p DROP COLUMN b;").ok();
    assertTrue(h.cat.index(QName.of("public", "p_ab")).isEmpty());
    h.then("ALTER TABLE users DROP COLUMN id;").fails("dependent-objects");
  }

  @Test
  void alterTypeWithoutUsingNeedsAssignmentCast() {
    History h = History.of(USERS);
    Diagnostic d = h.then("ALTER TABLE users ALTER COLUMN email TYPE integer;").fails("datatype-mismatch");
    assertTrue(d.message().contains("cannot be cast automatically to type integer"), d.message());
    h.then("ALTER TABLE users ALTER COLUMN email TYPE integer USING email::integer;").ok();
    h.then("ALTER TABLE users ALTER COLUMN email TYPE varchar(10);").ok();
  }

  @Test
  void newEnumValueIsUnsafeUntilCommit() {
    History h = History.of("CREATE TYPE s AS ENUM ('a'); CREATE TABLE t (c s);");
    Diagnostic d = h.inTx("ALTER TYPE s ADD VALUE 'b'; ALTER TABLE t ALTER COLUMN c SET DEFAULT 'b';")
        .fails("unsafe-new-enum-value");
    assertEquals("'b'", h.marked(d));
    h.cat = h.cat.commitTransaction();
    h.then("ALTER TABLE t ALTER COLUMN c SET DEFAULT 'b';").ok();
    h.then("ALTER TABLE t ALTER COLUMN c SET DEFAULT 'zz';").fails("invalid-enum-literal");
  }

  @Test
  void enumLabelsKeepOrderAndRejectDuplicates() {
    History h = History.of("CREATE TYPE s AS ENUM ('a', 'c'); ALTER TYPE s ADD VALUE 'b' BEFORE 'c';").ok();
    assertEquals(List.of("a", "b", "c"), h.cat.enums().get(QName.of("public", "s")).orElseThrow().labels());
    h.then("ALTER TYPE s ADD VALUE 'a';").fails("duplicate-enum-label");
    h.then("ALTER TYPE s ADD VALUE IF NOT EXISTS 'a';").ok();
    h.then("DROP TYPE s;").ok();
    History.of("CREATE TYPE s AS ENUM ('a'); CREATE TABLE t (c s);").then("DROP TYPE s;").fails("dependent-objects");
  }

  @Test
  void indexBackingConstraintCannotBeDroppedAndRenamesFollow() {
    History h = History.of(USERS + "ALTER TABLE users ADD CONSTRAINT email_uq UNIQUE (email);");
    h.then("DROP INDEX email_uq;").fails("dependent-objects");
    h.then("ALTER TABLE users RENAME CONSTRAINT email_uq TO users_email_key;").ok();
    assertTrue(h.cat.index(QName.of("public", "users_email_key")).isPresent());
    h.then("ALTER INDEX users_email_key RENAME TO e_key;").ok();
    assertTrue(h.table("users").constraint(Name.of("e_key")).isPresent());
    h.then("DROP INDEX nope;").fails("unknown-index");
    h.then("DROP INDEX IF EXISTS nope;").ok();
    // ALTER INDEX looks the name up as a relation: 42P01, not DROP INDEX's 42704.
    assertEquals("42P01", h.then("ALTER INDEX nope RENAME TO other;").fails("unknown-table").sqlstate().orElseThrow());
  }

  @Test
  void renameColumnRewritesIndexExpressionsAndPredicates() {
    History h = History.of("CREATE TABLE t (a text, b int);\n"
        + "CREATE INDEX t_lower_idx ON t (lower(a)) WHERE b IS NOT NULL;")
        .then("ALTER TABLE t RENAME COLUMN a TO x;\nALTER TABLE t RENAME COLUMN b TO y;").ok();
    dev.strata.model.catalog.Index i = h.cat.index(QName.of("public", "t_lower_idx")).orElseThrow();
    assertEquals(java.util.Set.of(Name.of("y")), dev.strata.model.catalog.Names.identifiers(i.predicate().orElseThrow())
        .stream().filter(n -> !n.value().equals("is") && !n.value().equals("not") && !n.value().equals("null"))
        .collect(java.util.stream.Collectors.toSet()));
    assertTrue(dev.strata.model.catalog.Names.mentions(i.keys().get(0).expression().orElseThrow(), Name.of("x")));
    assertFalse(dev.strata.model.catalog.Names.mentions(i.keys().get(0).expression().orElseThrow(), Name.of("a")));
  }

  @Test
  void dropColumnDropsTheTableCheckThatMentionsIt() {
    History h = History.of("CREATE TABLE t (a int, b int);\nALTER TABLE t ADD CHECK (b >= 0);")
        .then("ALTER TABLE t RENAME COLUMN b TO c;").then("ALTER TABLE t DROP COLUMN c;").ok();
    assertFalse(h.table("t").constraint(Name.of("t_b_check")).isPresent());
  }

  @Test
  void renameTableKeepsSequenceAndConstraintNames() {
    History h = History.of(USERS).then("ALTER TABLE users RENAME TO accounts;").ok();
    assertTrue(h.table("accounts").constraint(Name.of("users_pkey")).isPresent());
    assertEquals("public.accounts.id", h.cat.sequences().get(QName.of("public", "users_id_seq")).orElseThrow()
        .ownedBy().orElseThrow().key());
    Diagnostic d = h.then("ALTER TABLE users ADD COLUMN x int;").fails("unknown-table");
    assertTrue(d.related().get(0).message().contains("renamed to \"accounts\""));
  }

  @Test
  void relationsShareOneNamespace() {
    History.of(USERS).then("CREATE INDEX users ON users (email);").fails("duplicate-table");
    History.of(USERS).then("CREATE SEQUENCE users_pkey;").fails("duplicate-table");
    History.of("CREATE TYPE t AS ENUM ('a');").then("CREATE TABLE t (id int);").fails("duplicate-object");
  }

  @Test
  void searchPathDecidesWhereNamesResolveAndAreCreated() {
    History h = History.of("CREATE SCHEMA app; SET search_path = app, public; CREATE TABLE t (id int);").ok();
    assertTrue(h.cat.table(QName.of("app", "t")).isPresent());
    h.then("CREATE TABLE nope.x (id int);").fails("unknown-schema");
  }

  @Test
  void triggerNeedsExistingFunction() {
    History h = History.of(USERS);
    h.then("CREATE TRIGGER trg BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();")
        .fails("unknown-function");
    h.then("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;"
        + "CREATE TRIGGER trg BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();").ok();
    assertEquals(1, h.table("users").triggers().size());
  }

  @Test
  void extensionsAddTheirTypes() {
    History.of("CREATE TABLE t (e citext);").fails("unknown-type");
    History.of("CREATE EXTENSION IF NOT EXISTS citext; CREATE TABLE t (e citext);").ok();
  }

  @Test
  void createTableAsHasOpaqueColumns() {
    History.of("CREATE TABLE t AS SELECT 1 AS a; CREATE INDEX ON t (a);").ok();
  }

  @Test
  void partitionOfTakesParentColumns() {
    History h = History.of("CREATE TABLE p (id int, at date) PARTITION BY RANGE (at);"
        + "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');").ok();
    assertEquals(2, h.table("p1").columns().size());
    assertEquals("public.p", h.table("p1").partitionOf().orElseThrow().key());
  }

  @Test
  void eventsDescribeWhatHappened() {
    Applied a = Effects.apply(dev.strata.model.catalog.Catalog.empty(),
        dev.strata.model.sql.SqlParser.parse("CREATE TABLE t (id int);").get(0).statement(),
        new ApplyContext(new dev.strata.model.text.FileId("f.sql"), "m", "", false));
    assertEquals("table:public.t", a.events().get(0).key());
    assertEquals(ObjectEvent.Kind.CREATED, a.events().get(0).kind());
    assertFalse(a.failed());
  }
}
