package dev.strata.model.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

  private static ColumnSnapshot column(String name, String type, boolean notNull, int position) {
    return new ColumnSnapshot(name, type, notNull, Optional.empty(), Optional.empty(), Optional.empty(), position);
  }

  private static TableSnapshot users(String emailType) {
    return new TableSnapshot(
        List.of(column("id", "bigint", true, 1), column("email", emailType, false, 2)),
        Optional.of(new KeySnapshot("users_pkey", List.of("id"))),
        List.of(), List.of(), List.of(),
        List.of(new IndexSnapshot("users_pkey", List.of("id"), true, true, "btree", Optional.empty())));
  }

  private static SchemaSnapshot snapshot(Map<String, TableSnapshot> tables, Map<String, List<String>> enums) {
    return new SchemaSnapshot(List.of("public"), Map.of(), tables, enums, Map.of(), Map.of());
  }

  @Test
  void identicalSnapshotsAgreeAndCountEveryObject() {
    SchemaSnapshot s = snapshot(Map.of("public.users", users("text")), Map.of("public.role", List.of("a", "b")));
    SnapshotComparison c = SnapshotDiff.compare(s, s, Set.of());
    assertTrue(c.agrees());
    // schema, table, 2 columns, primary key, index, enum
    assertEquals(7, c.objectsCompared());
    assertEquals(7, c.objectsAgreeing());
  }

  @Test
  void reportsAColumnTypeDifferenceWithBothValues() {
    SnapshotComparison c = SnapshotDiff.compare(
        snapshot(Map.of("public.users", users("text")), Map.of()),
        snapshot(Map.of("public.users", users("character varying(64)")), Map.of()), Set.of());
    assertEquals(List.of(new Difference("table public.users column email", "type", "text", "character varying(64)")),
        c.differences());
    assertEquals(6, c.objectsCompared());
    assertEquals(5, c.objectsAgreeing());
  }

  @Test
  void aTableOnOneSideIsOneExistsDifference() {
    SnapshotComparison c = SnapshotDiff.compare(snapshot(Map.of(), Map.of("public.role", List.of("a"))),
        snapshot(Map.of("public.users", users("text")), Map.of("public.role", List.of("b", "a"))), Set.of());
    assertEquals(List.of(
        new Difference("table public.users", "exists", "absent", "present"),
        new Difference("enum public.role", "labels", "[a]", "[b, a]")), c.differences());
    assertEquals(1, c.objectsAgreeing(), "only the schema agrees");
  }

  @Test
  void ignoredTablesAndTheSequencesTheyOwnAreLeftOut() {
    SequenceSnapshot owned = new SequenceSnapshot("integer", 1, 1, 1, Integer.MAX_VALUE, false,
        Optional.of("public.goose_db_version.id"));
    SchemaSnapshot pg = new SchemaSnapshot(List.of("public"), Map.of(),
        Map.of("public.goose_db_version", users("text")), Map.of(), Map.of("public.goose_db_version_id_seq", owned), Map.of());
    SchemaSnapshot model = new SchemaSnapshot(List.of("public"), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    SnapshotComparison c = SnapshotDiff.compare(model, pg, Set.of("public.goose_db_version"));
    assertTrue(c.agrees(), c.differences().toString());
    assertEquals(1, c.objectsCompared());
  }

  @Test
  void emptyOptionalsPrintAsNone() {
    ColumnSnapshot withDefault = new ColumnSnapshot("email", "text", false, Optional.of("'x'::text"),
        Optional.empty(), Optional.empty(), 2);
    TableSnapshot m = new TableSnapshot(List.of(column("id", "bigint", true, 1), withDefault), Optional.empty(),
        List.of(), List.of(), List.of(), List.of());
    TableSnapshot p = new TableSnapshot(List.of(column("id", "bigint", true, 1), column("email", "text", false, 2)),
        Optional.empty(), List.of(), List.of(), List.of(), List.of());
    SnapshotComparison c = SnapshotDiff.compare(snapshot(Map.of("public.t", m), Map.of()),
        snapshot(Map.of("public.t", p), Map.of()), Set.of());
    assertEquals(List.of(new Difference("table public.t column email", "default", "'x'::text", "none")), c.differences());
  }
}
