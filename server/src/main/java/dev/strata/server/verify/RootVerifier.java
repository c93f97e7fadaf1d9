package dev.strata.server.verify;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.analysis.MigrationResult;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.model.snapshot.Difference;
import dev.strata.model.snapshot.SchemaSnapshot;
import dev.strata.model.snapshot.SnapshotComparison;
import dev.strata.model.snapshot.SnapshotDiff;
import dev.strata.model.snapshot.Snapshots;
import dev.strata.model.text.LineIndex;
import dev.strata.server.verify.Findings.Disagreement;
import dev.strata.server.verify.Findings.FalseAlarm;
import dev.strata.server.verify.Findings.MissedError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts the model's analysis of a root next to PostgreSQL's replay of it, migration by migration.
 * Pure: the replay is already done.
 *
 * <p>After every migration PostgreSQL applied, the model's catalog after it is compared with
 * PostgreSQL's schema (the tool's bookkeeping table left out). For the migration PostgreSQL
 * rejected, only the verdicts are compared: PostgreSQL rolled it back, while the model keeps the
 * statements before the failing one, so a schema comparison there would be noise.
 */
final class RootVerifier {
  private final List<Disagreement> disagreements = new ArrayList<>();
  private final Set<Difference> seen = new HashSet<>();
  private final List<MissedError> missed = new ArrayList<>();
  private final List<FalseAlarm> falseAlarms = new ArrayList<>();

  private RootVerifier() {}

  static RootVerification verify(MigrationRoot root, Analysis analysis, Replay replay) {
    RootVerifier v = new RootVerifier();
    Set<String> ignored = replay.bookkeepingTable().map(Set::of).orElse(Set.of());
    SnapshotComparison last = SnapshotDiff.compare(SchemaSnapshot.EMPTY, SchemaSnapshot.EMPTY, ignored);
    int compared = 0;
    List<Findings.AgreedFailure> agreedFailures = new java.util.ArrayList<>();
    for (int i = 0; i < replay.migrations().size(); i++) {
      ReplayedMigration pg = replay.migrations().get(i);
      MigrationResult model = analysis.results().get(i);
      Optional<Diagnostic> modelError = model.firstError();
      String name = pg.migration().name();
      if (pg.error().isPresent()) {
        if (modelError.isEmpty()) {
          v.missed.add(new MissedError(name, pg.migration().file().path(), pg.error().get()));
        } else {
          agreedFailures.add(agreed(name, pg, modelError.get()));
        }
        continue;
      }
      modelError.ifPresent(d -> v.falseAlarms.add(falseAlarm(name, pg.migration().text(), d)));
      last = SnapshotDiff.compare(Snapshots.of(model.after()), pg.after(), ignored);
      compared++;
      v.record(name, last);
    }
    return new RootVerification(root.directory(), root.tool(), replay.migrations().size(), replay.notRun(), compared,
        last, v.disagreements, v.missed, v.falseAlarms, agreedFailures);
  }

  private static Findings.AgreedFailure agreed(String name, ReplayedMigration pg, Diagnostic model) {
    String text = pg.migration().text();
    int modelLine = dev.strata.model.text.LineIndex.of(text).line(model.range().range().start()) + 1;
    PgError e = pg.error().get();
    return new Findings.AgreedFailure(name, pg.migration().file().path(), e, model.code().id(), modelLine,
        modelLine == e.line());
  }

  /** Keeps each difference once, at the first migration it shows after. */
  private void record(String migration, SnapshotComparison c) {
    for (Difference d : c.differences()) {
      if (seen.add(d)) {
        disagreements.add(new Disagreement(migration, d));
      }
    }
  }

  private static FalseAlarm falseAlarm(String migration, String text, Diagnostic d) {
    LineIndex lines = LineIndex.of(text);
    int offset = d.range().range().start();
    return new FalseAlarm(migration, d.range().file().path(), lines.line(offset) + 1, lines.column(offset) + 1,
        d.code().id(), d.message());
  }
}
