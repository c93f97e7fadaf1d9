package dev.strata.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.testing.Fixture;
import dev.strata.model.testing.FixtureMigrations;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

  private static SchemaDiff diff(int from, int to, String fixture) {
    Analysis a = Analysis.of(FixtureMigrations.of(Fixture.parse(fixture)));
    return SchemaDiff.between(a, a.results().get(from), a.results().get(to));
  }

  @Test
  void aRenamedTableIsARenamePlusItsAlterationsNeverAnAddAndADrop() {
    SchemaDiff d = diff(0, 2, """
        -- file: 001_init.sql
        CREATE TABLE alert_logs (id bigint PRIMARY KEY, msg text, sev int);
        CREATE INDEX alert_logs_sev_idx ON alert_logs (sev);
        -- file: 002_rename.sql
        ALTER TABLE alert_logs RENAME TO alerts;
        ALTER TABLE alerts RENAME COLUMN msg TO message;
        -- file: 003_alter.sql
        ALTER TABLE alerts ALTER COLUMN message SET NOT NULL, ADD COLUMN at timestamptz DEFAULT now();
        ALTER INDEX alert_logs_sev_idx RENAME TO alerts_sev_idx;
        """);
    assertEquals(List.of(new SchemaDiff.Rename("table", "alert_logs", "alerts"),
        new SchemaDiff.Rename("column", "alerts.msg", "alerts.message"),
        new SchemaDiff.Rename("index", "alert_logs_sev_idx", "alerts_sev_idx")), d.renamed());
    assertEquals(List.of(), d.added());
    assertEquals(List.of(), d.removed());
    assertEquals(List.of(new SchemaDiff.Altered("table", "alerts", List.of(
        "column at added: timestamp with time zone DEFAULT now()",
        "column message: nullable → NOT NULL"))), d.altered());
  }

  @Test
  void reportsAddedRemovedAndChangedObjectsWithTheirDetails() {
    SchemaDiff d = diff(0, 1, """
        -- file: 001_init.sql
        CREATE TYPE state AS ENUM ('a', 'b');
        CREATE TABLE users (id int PRIMARY KEY, email varchar(50), legacy text);
        CREATE TABLE old_stuff (id int);
        -- file: 002_change.sql
        ALTER TYPE state ADD VALUE 'c';
        ALTER TABLE users ALTER COLUMN email TYPE varchar(200), ALTER COLUMN email SET DEFAULT 'x', DROP COLUMN legacy;
        ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
        DROP TABLE old_stuff;
        CREATE TABLE posts (id int PRIMARY KEY, user_id int NOT NULL REFERENCES users);
        """);
    assertEquals(List.of(new SchemaDiff.Entry("table", "posts")), d.added());
    assertEquals(List.of(new SchemaDiff.Entry("table", "old_stuff")), d.removed());
    assertEquals(List.of(), d.renamed());
    assertEquals(List.of(
        new SchemaDiff.Altered("table", "users", List.of(
            "column email: type character varying(50) → character varying(200)",
            "column email: default none → 'x'::character varying",
            "column legacy removed",
            "unique users_email_key added: (email)")),
        new SchemaDiff.Altered("type", "state", List.of("values added: c"))), d.altered());
  }

  @Test
  void aTableDroppedAndRecreatedIsARemovalAndAnAddition() {
    SchemaDiff d = diff(0, 1, """
        -- file: 001_init.sql
        CREATE TABLE t (id int);
        -- file: 002_again.sql
        ALTER TABLE t RENAME TO t_old;
        CREATE TABLE t (id bigint);
        """);
    assertEquals(List.of(new SchemaDiff.Rename("table", "t", "t_old")), d.renamed());
    assertEquals(List.of(new SchemaDiff.Entry("table", "t")), d.added());
    assertTrue(d.removed().isEmpty(), d.removed().toString());
  }

  @Test
  void noEventsAndTheSameCatalogMeanNoDifference() {
    SchemaDiff d = diff(0, 0, """
        -- file: 001_init.sql
        CREATE TABLE t (id int);
        """);
    assertTrue(d.isEmpty());
  }
}
