package dev.strata.model.analysis;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.text.FileId;
import dev.strata.model.text.LineIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A migration history at a glance: one row per migration in apply order, with the date its
 * version encodes, what it is for ({@link MigrationPurpose}), whether a deploy applies it and how
 * many tables exist after it.
 *
 * <p>Contract: a deploy stops at the first failing migration, so every migration after it is
 * {@link Status#BLOCKED} whatever its own analysis says (its purpose is still shown: it is what the
 * migration would do on the schema the model carries forward). Tables of the tool's bookkeeping
 * are not counted.
 */
public record Timeline(List<Row> rows) {
  public Timeline {
    rows = List.copyOf(rows);
  }

  /** How a deploy of the whole history treats a migration. */
  public enum Status {
    /** Applies and changes something (or runs data statements). */
    OK,
    /** Empty or comments only: recorded as applied, runs nothing. */
    STUB,
    /** PostgreSQL would reject it: the deploy stops here. */
    FAILS,
    /** After a failing migration: a deploy never reaches it. */
    BLOCKED
  }

  /** Where a failing migration stops: the first error's message and its 1-based line in the file. */
  public record Failure(String message, int line, String code) {
    public Failure {
      Objects.requireNonNull(message, "message");
    }
  }

  /** One migration of the history. {@code failure} is present exactly when {@code status} is FAILS. */
  public record Row(
      int index, Optional<LocalDate> date, String name, FileId file, String purpose, Status status,
      Optional<Failure> failure, int tablesAfter) {}

  public static Timeline of(Analysis analysis) {
    List<Row> rows = new ArrayList<>();
    boolean blocked = false;
    for (MigrationResult r : analysis.results()) {
      Status status;
      Optional<Failure> failure = Optional.empty();
      if (blocked) {
        status = Status.BLOCKED;
      } else if (r.status() == MigrationResult.Status.FAILS) {
        status = Status.FAILS;
        failure = r.firstError().map(d -> failure(r, d));
        blocked = true;
      } else {
        status = r.status() == MigrationResult.Status.STUB ? Status.STUB : Status.OK;
      }
      rows.add(new Row(r.index(), MigrationDate.of(r.migration()), r.migration().name(), r.migration().file(),
          MigrationPurpose.of(r), status, failure, tablesAfter(r)));
    }
    return new Timeline(rows);
  }

  /** The first failing row: where a deploy stops. */
  public Optional<Row> firstFailing() {
    return rows.stream().filter(r -> r.status() == Status.FAILS).findFirst();
  }

  private static Failure failure(MigrationResult r, Diagnostic d) {
    int line = LineIndex.of(r.migration().text()).line(d.range().range().start()) + 1;
    return new Failure(d.message(), line, d.code().id());
  }

  private static int tablesAfter(MigrationResult r) {
    return (int) r.after().tables().values().stream().filter(t -> !t.origin().isSynthetic()).count();
  }
}
