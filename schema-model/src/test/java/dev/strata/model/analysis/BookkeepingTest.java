package dev.strata.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.Tool;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.text.FileId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookkeepingTest {
  private static Table table(Catalog c, String name) {
    return c.table(new QName(QName.PUBLIC, Name.of(name))).orElseThrow(() -> new AssertionError(name));
  }

  @Test
  void eachToolStartsFromItsOwnBookkeepingTableWithAToolOrigin() {
    Table prisma = table(Bookkeeping.initialCatalog(Tool.PRISMA), "_prisma_migrations");
    assertEquals("<prisma>", prisma.origin().file().path());
    assertEquals(8, prisma.columns().size());
    assertTrue(prisma.primaryKey().isPresent());
    Catalog flyway = Bookkeeping.initialCatalog(Tool.FLYWAY);
    assertEquals("<flyway>", table(flyway, "flyway_schema_history").origin().file().path());
    assertTrue(flyway.index(new QName(QName.PUBLIC, Name.of("flyway_schema_history_s_idx"))).isPresent());
    assertEquals(List.of("version", "dirty"), table(Bookkeeping.initialCatalog(Tool.GOLANG_MIGRATE),
        "schema_migrations").columns().stream().map(c -> c.name().value()).toList());
    assertEquals(1, table(Bookkeeping.initialCatalog(Tool.DBMATE), "schema_migrations").columns().size());
    table(Bookkeeping.initialCatalog(Tool.GOOSE), "goose_db_version");
    table(Bookkeeping.initialCatalog(Tool.DIESEL), "__diesel_schema_migrations");
    assertTrue(Bookkeeping.initialCatalog(Tool.PLAIN).tables().keys().isEmpty());
  }

  @Test
  void analysisOfAHistoryStartsFromItsToolsCatalog() {
    Migration m = Migration.whole(new FileId("V1__x.sql"), "V1__x", "1", Tool.FLYWAY, TransactionMode.WRAPPED,
        "INSERT INTO flyway_schema_history (installed_rank) VALUES (1);");
    Analysis a = Analysis.of(List.of(m));
    assertEquals(List.of(), a.diagnostics());
    assertTrue(a.finalCatalog().tables().keys().contains(new QName(QName.PUBLIC, Name.of("flyway_schema_history"))));
  }
}
