package dev.strata.server.status;

import dev.strata.model.snapshot.Difference;
import java.io.PrintWriter;

/**
 * Prints a {@link StatusReport} for people: a header naming the database (password masked) and the
 * read-only transaction, the migration table, the drift, notes, and a verdict line last.
 *
 * <pre>
 * database jdbc:postgresql://db:5432/app?user=me&amp;password=*** (read in a READ ONLY transaction)
 * prisma/migrations (prisma), table public._prisma_migrations
 *
 *   STATE     MIGRATION                        DETAIL
 *   applied   20241218_add_onboarding_state
 *   changed   20241221_initial_clean_baseline  applied with checksum 5d2f…, the file's is now 9a41…
 *   pending   20251214_bootstrap_default_client
 *
 * schema drift after 20241224_add_alert_log: none
 * verdict: attention — 6 applied, 1 pending, 1 changed, no schema drift
 * </pre>
 */
final class StatusText {
  private StatusText() {}

  static void print(StatusReport r, PrintWriter out) {
    out.println("database " + r.database() + (r.readOnly() ? " (read in a READ ONLY transaction)"
        : " (WARNING: the transaction was not read-only)"));
    out.println((r.directory().isEmpty() ? "." : r.directory()) + " (" + r.tool().id() + "), table "
        + r.table().orElse("(none)"));
    out.println();
    int width = "MIGRATION".length();
    for (MigrationStatus m : r.migrations()) {
      width = Math.max(width, m.name().length());
    }
    String format = "  %-11s %-" + width + "s  %s";
    out.println(String.format(format, "STATE", "MIGRATION", "DETAIL").stripTrailing());
    for (MigrationStatus m : r.migrations()) {
      out.println(String.format(format, m.state().label(), m.name(), m.detail().orElse("")).stripTrailing());
    }
    out.println();
    String after = r.driftBasis().map(b -> " after " + b).orElse(" (no migration applied)");
    if (r.drift().isEmpty()) {
      out.println("schema drift" + after + ": none");
    } else {
      out.println("schema drift" + after + ": " + r.drift().size() + " difference(s) between the model and the database");
      r.drift().forEach(d -> out.println("  " + describe(d)));
    }
    r.notes().forEach(n -> out.println("note: " + n));
    out.println(r.verdict());
    out.flush();
  }

  /** One difference in the status vocabulary: only in the database, only in the model, or both values. */
  static String describe(Difference d) {
    if (d.aspect().equals("exists")) {
      boolean inDatabase = d.postgresValue().equals(Difference.PRESENT);
      return d.objectPath() + ": only in the " + (inDatabase ? "database" : "migrations (missing from the database)");
    }
    return d.objectPath() + " " + d.aspect() + ": migrations say " + d.modelValue() + ", the database has "
        + d.postgresValue();
  }
}
