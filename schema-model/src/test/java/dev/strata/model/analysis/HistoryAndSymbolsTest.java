package dev.strata.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.effect.ObjectEvent;
import dev.strata.model.testing.Fixture;
import dev.strata.model.testing.FixtureMigrations;
import dev.strata.model.text.FileId;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryAndSymbolsTest {
  private static final String HISTORY = String.join("\n",
      "-- file: 001_init.sql",
      "CREATE TABLE orders (id serial PRIMARY KEY, total_cents integer NOT NULL);",
      "-- file: 002_rename.sql",
      "ALTER TABLE orders RENAME COLUMN total_cents TO amount_cents;",
      "ALTER TABLE orders RENAME TO purchases;",
      "-- file: 003_drop.sql",
      "ALTER TABLE purchases DROP COLUMN amount_cents;",
      "");

  private static Analysis analysis(String text) {
    return Analysis.of(FixtureMigrations.of(Fixture.parse(text)));
  }

  @Test
  void columnHistoryFollowsColumnAndTableRenamesUnderItsLastName() {
    List<ObjectHistory.Entry> h = ObjectHistory.of(analysis(HISTORY), "column:public.purchases.amount_cents");
    assertEquals(List.of(ObjectEvent.Kind.RENAMED, ObjectEvent.Kind.DROPPED),
        h.stream().map(ObjectHistory.Entry::kind).toList());
    assertEquals("column:public.orders.amount_cents", h.get(0).key());
    assertEquals("003_drop", h.get(1).origin().migration());
  }

  @Test
  void historyAtACursorIsTheHistoryOfTheObjectNamedThere() {
    Analysis a = analysis(HISTORY);
    FileId drop = new FileId("003_drop.sql");
    int offset = a.result(drop).orElseThrow().migration().text().indexOf("amount_cents") + 2;
    ObjectHistory.AtCursor h = ObjectHistory.at(a, drop, offset).orElseThrow();
    assertEquals("column:public.purchases.amount_cents", h.ref().key());
    assertEquals(ObjectHistory.of(a, "column:public.purchases.amount_cents"), h.entries());
    assertTrue(ObjectHistory.at(a, drop, 0).isEmpty(), "no name at the start of ALTER");
  }

  @Test
  void tableHistoryUnderItsFirstNameIncludesItsColumnsEvents() {
    List<ObjectHistory.Entry> h = ObjectHistory.of(analysis(HISTORY), "table:public.orders");
    assertEquals(List.of("table:public.orders", "constraint:public.orders.orders_pkey",
            "column:public.orders.amount_cents", "table:public.purchases", "column:public.purchases.amount_cents"),
        h.stream().map(ObjectHistory.Entry::key).filter(k -> !k.startsWith("index:") && !k.startsWith("sequence:"))
            .toList());
  }

  @Test
  void workspaceSymbolsListFinalObjectsAtTheNameThatDefinedThem() {
    List<WorkspaceSymbols.WorkspaceSymbol> s = WorkspaceSymbols.search(analysis(HISTORY), "purch");
    assertEquals(1, s.size());
    assertEquals(SymbolKind.TABLE, s.get(0).kind());
    assertEquals("002_rename.sql", s.get(0).location().file().path());
    List<WorkspaceSymbols.WorkspaceSymbol> cols = WorkspaceSymbols.search(analysis(HISTORY), "ID");
    assertTrue(cols.stream().anyMatch(x -> x.kind() == SymbolKind.COLUMN && x.container().equals("purchases")
        && x.location().file().path().equals("001_init.sql")), cols.toString());
  }

  @Test
  void featuresOnTextThatDoesNotParseAnswerFromTokens() {
    String text = "-- file: 001.sql\nCREATE TABLE t (a int, b text);\nSELECT t.$0 FROM t WHERE (((\n";
    Fixture f = Fixture.parse(text);
    Analysis a = Analysis.of(FixtureMigrations.of(f));
    FileId file = new FileId("001.sql");
    int offset = f.cursor().orElseThrow().offset();
    assertEquals(List.of("a", "b"), Completion.at(a, file, offset).items().stream().map(CompletionItem::label).toList());
    assertTrue(Hover.at(a, file, offset).isEmpty());
    for (int i = 0; i <= f.files().get(0).text().length() + 3; i++) {
      Completion.at(a, file, i);
      Hover.at(a, file, i);
      GotoDefinition.at(a, file, i);
    }
    assertEquals(List.of("t"), DocumentSymbols.of(a, file).stream().map(DocumentSymbols.Symbol::name).toList());
  }
}
