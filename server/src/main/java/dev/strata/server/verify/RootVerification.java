package dev.strata.server.verify;

import dev.strata.model.migration.Tool;
import dev.strata.model.snapshot.SnapshotComparison;
import dev.strata.server.verify.Findings.Disagreement;
import dev.strata.server.verify.Findings.FalseAlarm;
import dev.strata.server.verify.Findings.MissedError;
import java.util.List;
import java.util.Objects;

/**
 * One migration root verified: how far PostgreSQL got, the comparison after the last migration
 * it applied, and every finding along the way.
 *
 * @param migrationsReplayed migrations PostgreSQL ran (including the one it rejected, if any)
 * @param migrationsNotRun migrations after a rejected one
 * @param snapshotsCompared how many after-migration snapshots were compared
 * @param finalComparison the comparison after the last migration PostgreSQL applied
 * @param agreedFailures where PostgreSQL rejected a migration and the model also found an error in it
 */
public record RootVerification(
    String directory,
    Tool tool,
    int migrationsReplayed,
    int migrationsNotRun,
    int snapshotsCompared,
    SnapshotComparison finalComparison,
    List<Disagreement> disagreements,
    List<MissedError> missedErrors,
    List<FalseAlarm> falseAlarms,
    List<Findings.AgreedFailure> agreedFailures) {

  public RootVerification {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(finalComparison, "finalComparison");
    disagreements = List.copyOf(disagreements);
    missedErrors = List.copyOf(missedErrors);
    falseAlarms = List.copyOf(falseAlarms);
  }

  public boolean agrees() {
    return disagreements.isEmpty() && missedErrors.isEmpty() && falseAlarms.isEmpty();
  }
}
