package dev.strata.server.verify;

import dev.strata.server.verify.Findings.Disagreement;
import dev.strata.server.verify.Findings.FalseAlarm;
import dev.strata.server.verify.Findings.MissedError;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a {@link VerifyReport} for people: findings per root, then one verdict line. */
final class VerifyReportText {
  private VerifyReportText() {}

  static void print(VerifyReport report, PrintWriter out) {
    for (RootVerification r : report.roots()) {
      String dir = r.directory().isEmpty() ? "." : r.directory();
      out.printf("%s (%s): %d of %d migrations replayed%n", dir, r.tool().id(), r.migrationsReplayed(),
          r.migrationsReplayed() + r.migrationsNotRun());
      for (Findings.AgreedFailure a : r.agreedFailures()) {
        PgError e = a.error();
        out.printf("  PostgreSQL stopped at %s: %s:%d:%d %s %s%n", a.migration(), a.file(), e.line(), e.column(),
            e.sqlState(), e.message());
        out.printf("    the model reports it too: error[%s] at line %d%s%n", a.modelCode(), a.modelLine(),
            a.sameLine() ? " (same line)" : " (PostgreSQL points at line " + e.line() + ")");
      }
      for (MissedError m : r.missedErrors()) {
        PgError e = m.error();
        out.printf("  missed error: %s:%d:%d %s %s (PostgreSQL rejected %s; the model found no error)%n",
            m.file(), e.line(), e.column(), e.sqlState(), e.message(), m.migration());
      }
      for (FalseAlarm f : r.falseAlarms()) {
        out.printf("  false alarm: %s:%d:%d error[%s] %s (PostgreSQL accepted %s)%n",
            f.file(), f.line(), f.column(), f.code(), f.message(), f.migration());
      }
      for (Disagreement d : r.disagreements()) {
        out.printf("  disagreement after %s: %s %s: model %s, PostgreSQL %s%n", d.migration(),
            d.difference().objectPath(), d.difference().aspect(), d.difference().modelValue(),
            d.difference().postgresValue());
      }
    }
    out.println(verdict(report));
    out.flush();
  }

  /** {@code verdict: agree — 120 of 120 objects agree, 13 migrations replayed, 1.4 s}. */
  static String verdict(VerifyReport report) {
    return String.format(Locale.ROOT, "verdict: %s — %d of %d objects agree, %d migrations replayed, %.1f s",
        report.agrees() ? "agree" : "disagree", report.objectsAgreeing(), report.objectsCompared(),
        report.migrationsReplayed(), report.seconds());
  }
}
