package dev.strata.server.status;

import dev.strata.model.migration.Tool;
import dev.strata.model.snapshot.Difference;
import dev.strata.server.status.MigrationStatus.State;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@code strata status} found for one migration root and one database.
 *
 * @param database the database URL with its password masked
 * @param readOnly what the server said about the transaction the reads ran in
 * @param directory the root, project-relative ({@code ""} for the project itself)
 * @param table the bookkeeping table as found ({@code public._prisma_migrations}); empty when absent
 * @param driftBasis the last migration the drift model includes; empty when none is in the database
 * @param drift the differences between the model after the migrations in the database and the live
 *     catalog, bookkeeping table left out ({@link Difference#modelValue()} is the model's side,
 *     {@link Difference#postgresValue()} the database's)
 * @param notes remarks that do not change the verdict (model errors in applied migrations)
 */
public record StatusReport(String database, boolean readOnly, String directory, Tool tool, Optional<String> table,
    List<MigrationStatus> migrations, Optional<String> driftBasis, List<Difference> drift, List<String> notes) {

  public StatusReport {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(driftBasis, "driftBasis");
    migrations = List.copyOf(migrations);
    drift = List.copyOf(drift);
    notes = List.copyOf(notes);
  }

  /** How many migrations are in each state (every state present, zero or not). */
  public Map<State, Integer> counts() {
    Map<State, Integer> out = new EnumMap<>(State.class);
    for (State s : State.values()) {
      out.put(s, 0);
    }
    migrations.forEach(m -> out.merge(m.state(), 1, Integer::sum));
    return out;
  }

  /**
   * True when a deploy should not go ahead as is: a failed, changed or missing migration, or drift.
   * Pending migrations alone are what a deploy is for, so they do not count.
   */
  public boolean needsAttention() {
    return !drift.isEmpty() || migrations.stream().anyMatch(m -> m.state().needsAttention());
  }

  /** 0 when nothing needs attention (pending migrations allowed), 1 otherwise. */
  public int exitCode() {
    return needsAttention() ? 1 : 0;
  }

  /** The last line of the text report: {@code verdict: ok — ...} or {@code verdict: attention — ...}. */
  public String verdict() {
    Map<State, Integer> c = counts();
    StringBuilder sb = new StringBuilder("verdict: ").append(needsAttention() ? "attention" : "ok").append(" — ");
    sb.append(c.get(State.APPLIED) + c.get(State.BELOW_BASELINE)).append(" applied");
    for (State s : List.of(State.PENDING, State.ROLLED_BACK, State.FAILED, State.CHANGED, State.MISSING_FILE)) {
      if (c.get(s) > 0) {
        sb.append(", ").append(c.get(s)).append(' ').append(s.label());
      }
    }
    sb.append(", ").append(drift.isEmpty() ? "no" : String.valueOf(drift.size())).append(" schema drift");
    int pending = c.get(State.PENDING) + c.get(State.ROLLED_BACK);
    if (!needsAttention() && pending > 0) {
      sb.append(" (the next deploy applies the ").append(pending).append(" pending)");
    }
    return sb.toString();
  }
}
