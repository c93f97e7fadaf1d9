package dev.strata.model.analysis;

import dev.strata.model.diag.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * What the user configured: severities by diagnostic id ({@code Optional.empty()} turns a rule
 * off) and the PostgreSQL major version whose semantics apply.
 */
public record AnalysisConfig(Map<String, Optional<Severity>> severities, int postgresVersion) {
  public static final AnalysisConfig DEFAULT = new AnalysisConfig(Map.of(), 15);

  public AnalysisConfig {
    severities = Map.copyOf(severities);
  }
}
