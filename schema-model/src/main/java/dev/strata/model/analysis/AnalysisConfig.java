package dev.strata.model.analysis;

import dev.strata.model.diag.Severity;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user configured: severities by diagnostic id ({@code Optional.empty()} turns a rule
 * off), the PostgreSQL major version whose semantics apply, and an optional squashed baseline.
 *
 * <p>{@code baseline} names a migration (as {@link dev.strata.model.migration.Migration#name()})
 * that stands for a schema which already held data when the history was squashed into it. Tables
 * and types created in it or in any migration before it count as <em>existing</em> for the rules,
 * even within the migration that creates them; without a baseline a table is <em>new</em> for the
 * rest of the migration that creates it. A name that is not in the history changes nothing.
 */
public record AnalysisConfig(Map<String, Optional<Severity>> severities, int postgresVersion, Optional<String> baseline) {
  public static final AnalysisConfig DEFAULT = new AnalysisConfig(Map.of(), 15);

  public AnalysisConfig {
    severities = Map.copyOf(severities);
    Objects.requireNonNull(baseline, "baseline");
  }

  /** A configuration without a baseline. */
  public AnalysisConfig(Map<String, Optional<Severity>> severities, int postgresVersion) {
    this(severities, postgresVersion, Optional.empty());
  }

  /** This configuration with {@code migrationName} as the squashed baseline. */
  public AnalysisConfig withBaseline(String migrationName) {
    return new AnalysisConfig(severities, postgresVersion, Optional.of(migrationName));
  }
}
