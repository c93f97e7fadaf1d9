package dev.strata.model.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.snapshot.Snapshots;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemporaryTablesTest {
  private static final QName TEMP_MAP = new QName(QName.PG_TEMP, Name.of("map"));

  @Test
  void temporaryTableGoesToPgTempWithItsIndexAndSequence() {
    History h = History.of("CREATE TEMP TABLE map (id bigserial PRIMARY KEY, v text);"
        + "CREATE INDEX ON map (v);").ok();
    assertTrue(h.cat.table(TEMP_MAP).isPresent());
    assertTrue(h.cat.table(QName.of("public", "map")).isEmpty());
    assertTrue(h.cat.index(new QName(QName.PG_TEMP, Name.of("map_pkey"))).isPresent());
    assertTrue(h.cat.index(new QName(QName.PG_TEMP, Name.of("map_v_idx"))).isPresent());
    assertTrue(h.cat.sequences().containsKey(new QName(QName.PG_TEMP, Name.of("map_id_seq"))));
    assertEquals(List.of(QName.PUBLIC), h.cat.effectivePath(), "pg_temp is not a schema of the path");
    assertEquals(List.of(QName.PG_TEMP, QName.PUBLIC), h.cat.relationPath());
    assertEquals(Optional.of(QName.PUBLIC), h.cat.creationSchema(), "nothing else is created in pg_temp");
  }

  @Test
  void unqualifiedNamesFindTheTemporaryTableFirst() {
    History h = History.of("CREATE TABLE jobs (id int, name text); CREATE TEMP TABLE jobs (id int, note text);").ok();
    h.then("ALTER TABLE jobs ADD COLUMN extra int;").ok();
    assertTrue(h.cat.table(new QName(QName.PG_TEMP, Name.of("jobs"))).orElseThrow().column(Name.of("extra"))
        .isPresent());
    assertTrue(h.table("jobs").column(Name.of("extra")).isEmpty(), "public.jobs is untouched");
    h.then("ALTER TABLE public.jobs DROP COLUMN name;").ok();
  }

  @Test
  void pgTempQualifiedNameMakesATemporaryTable() {
    History h = History.of("CREATE TABLE pg_temp.map (id int);").ok();
    assertTrue(h.cat.table(TEMP_MAP).isPresent());
  }

  @Test
  void temporaryTableInAPermanentSchemaOrOnCommitOnAPermanentTableIsRejected() {
    History h = History.of("");
    assertEquals("public", h.marked(h.then("CREATE TEMP TABLE public.map (id int);").fails("invalid-table-definition")));
    assertEquals("map", h.marked(h.then("CREATE TABLE map (id int) ON COMMIT DROP;").fails("invalid-table-definition")));
    assertEquals("42P16", h.errors().get(0).sqlstate().orElseThrow());
  }

  @Test
  void onCommitDropTableGoesAtCommitWithItsIndexes() {
    History h = History.of("CREATE TABLE jobs (id int);");
    h.inTx("CREATE TEMP TABLE map ON COMMIT DROP AS SELECT id FROM jobs; CREATE UNIQUE INDEX ON map (id);"
        + "CREATE TEMP TABLE kept (id int) ON COMMIT DELETE ROWS;").ok();
    assertTrue(h.cat.table(TEMP_MAP).isPresent());
    assertEquals(java.util.Set.of(TEMP_MAP), h.cat.dropAtCommit());
    Catalog committed = h.cat.commitTransaction();
    assertTrue(committed.table(TEMP_MAP).isEmpty());
    assertTrue(committed.indexes().keys().stream().noneMatch(i -> i.name().value().startsWith("map")));
    assertTrue(committed.table(new QName(QName.PG_TEMP, Name.of("kept"))).isPresent(), "DELETE ROWS keeps it");
    assertTrue(committed.dropAtCommit().isEmpty());
  }

  @Test
  void sessionEndRemovesEveryTemporaryObjectAndSnapshotsNeverShowThem() {
    History h = History.of("CREATE TABLE jobs (id int); CREATE TEMP TABLE scratch (id serial, v text);").ok();
    assertFalse(Snapshots.of(h.cat).tables().containsKey("pg_temp.scratch"));
    assertFalse(Snapshots.of(h.cat).schemas().contains("pg_temp"));
    assertTrue(Snapshots.of(h.cat).tables().containsKey("public.jobs"));
    Catalog ended = h.cat.endSession();
    assertFalse(ended.schemas().containsKey(QName.PG_TEMP));
    assertTrue(ended.tables().keys().stream().noneMatch(q -> q.schema().equals(QName.PG_TEMP)));
    assertTrue(ended.sequences().keys().stream().noneMatch(q -> q.schema().equals(QName.PG_TEMP)));
    assertEquals(List.of(QName.PUBLIC), ended.relationPath());
    assertSame(ended, ended.endSession());
  }
}
