package dev.strata.server.verify;

import dev.strata.model.snapshot.Difference;
import java.util.Objects;

/** What {@code verify} reports where the model and PostgreSQL part ways. */
public final class Findings {
  private Findings() {}

  /**
   * The schemas differ after {@code migration}. Each difference is reported once, at the first
   * migration after which it appears.
   */
  public record Disagreement(String migration, Difference difference) {
    public Disagreement {
      Objects.requireNonNull(migration, "migration");
      Objects.requireNonNull(difference, "difference");
    }
  }

  /** PostgreSQL rejected {@code migration}; the model found no error in it. */
  /**
   * PostgreSQL rejected the migration and the model reported an error there too: {@code sameLine} says
   * whether the model's first error is on the line PostgreSQL points at.
   */
  public record AgreedFailure(String migration, String file, PgError error, String modelCode, int modelLine,
      boolean sameLine) {}

  public record MissedError(String migration, String file, PgError error) {
    public MissedError {
      Objects.requireNonNull(migration, "migration");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(error, "error");
    }
  }

  /**
   * The model reported an error in {@code migration} that PostgreSQL accepted. Line and column
   * are 1-based; {@code code} is the diagnostic's id.
   */
  public record FalseAlarm(String migration, String file, int line, int column, String code, String message) {
    public FalseAlarm {
      Objects.requireNonNull(migration, "migration");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }
}
