package dev.strata.server.status;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.analysis.MigrationResult;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.model.snapshot.SchemaSnapshot;
import dev.strata.model.snapshot.SnapshotComparison;
import dev.strata.model.snapshot.SnapshotDiff;
import dev.strata.model.snapshot.Snapshots;
import dev.strata.model.text.LineIndex;
import dev.strata.server.verify.DatabaseUrl;
import dev.strata.server.verify.PgCatalogReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs {@code status} for one migration root against one database: the bookkeeping table and the
 * catalog are read in one read-only transaction ({@link ReadOnlySession}), then everything else is
 * computed without the database.
 *
 * <p>The drift model is the analysis of the migrations the database holds ({@link
 * HistoryStatus#inDatabase()}), in apply order, with their files as they are now: pending, failed
 * and rolled-back migrations are left out even when later ones are applied.
 */
public final class StatusCheck {
  private StatusCheck() {}

  /**
   * @param projectRoot the folder the root's file paths are relative to (checksums read the bytes)
   * @throws SQLException when the database cannot be reached or read
   */
  public static StatusReport run(DatabaseUrl url, Path projectRoot, MigrationRoot root) throws SQLException {
    Recorded recorded;
    SchemaSnapshot live;
    boolean readOnly;
    try (ReadOnlySession session = ReadOnlySession.open(url)) {
      recorded = BookkeepingTable.read(session.connection(), root.tool());
      live = PgCatalogReader.read(session.connection());
      readOnly = session.readOnly();
    }
    return report(url.masked(), readOnly, root, recorded, live, m -> bytes(projectRoot, m));
  }

  /** The report from what was read. Pure but for {@code bytes}. */
  static StatusReport report(String database, boolean readOnly, MigrationRoot root, Recorded recorded,
      SchemaSnapshot live, java.util.function.Function<Migration, byte[]> bytes) {
    HistoryStatus history = HistoryStatus.of(root.migrations(), recorded, bytes);
    Analysis model = Analysis.of(history.inDatabase());
    Set<String> ignored = new LinkedHashSet<>();
    recorded.table().ifPresent(ignored::add);
    BookkeepingTable.name(root.tool()).ifPresent(t -> ignored.add("public." + t));
    SnapshotComparison drift = SnapshotDiff.compare(Snapshots.of(model.finalCatalog()), live, ignored);
    List<String> notes = new ArrayList<>();
    if (recorded.table().isEmpty()) {
      notes.add("the database has no " + BookkeepingTable.name(root.tool()).orElse("bookkeeping") + " table: "
          + root.tool().id() + " has applied nothing here yet");
    }
    for (MigrationResult r : model.results()) {
      r.firstError().ifPresent(d -> notes.add("the model reports an error in " + r.migration().name() + " (line "
          + (LineIndex.of(r.migration().text()).line(d.range().range().start()) + 1) + ": " + d.message()
          + "); drift may follow from it"));
    }
    Optional<String> basis = history.inDatabase().isEmpty() ? Optional.empty()
        : Optional.of(history.inDatabase().get(history.inDatabase().size() - 1).name());
    return new StatusReport(database, readOnly, root.directory(), root.tool(), recorded.table(), history.entries(),
        basis, drift.differences(), notes);
  }

  private static byte[] bytes(Path projectRoot, Migration m) {
    try {
      return Files.readAllBytes(projectRoot.resolve(m.file().path()));
    } catch (IOException e) {
      return m.text().getBytes(StandardCharsets.UTF_8);
    }
  }
}
