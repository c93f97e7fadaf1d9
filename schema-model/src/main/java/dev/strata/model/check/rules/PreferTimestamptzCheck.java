package dev.strata.model.check.rules;

import dev.strata.model.check.Check;
import dev.strata.model.check.CheckContext;
import dev.strata.model.check.ColumnSite;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.ast.Statement;
import java.util.List;

/**
 * A column declared {@code timestamp} (without time zone). Opt-in: enable it in the configuration.
 *
 * <p><b>Problem.</b> {@code timestamp} stores a wall-clock reading with no zone: the same value
 * means different instants to clients in different zones, and the session's {@code TimeZone} is
 * silently ignored on input. Converting later rewrites the table.
 *
 * <p><b>Safe alternative.</b> Use {@code timestamptz}, which stores an instant and converts on
 * input and output. The quick fix replaces the type, keeping its precision.
 */
public final class PreferTimestamptzCheck implements Check {
  public static final DiagnosticCode CODE = DiagnosticCode.check("prefer-timestamptz", Severity.WARNING);

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  public boolean enabledByDefault() {
    return false;
  }

  @Override
  public void run(CheckContext ctx, Statement stmt) {
    for (ColumnSite site : ColumnSite.of(ctx, stmt)) {
      if (site.type().builtin() && site.type().baseName().equals("timestamp")) {
        String precision = site.type().modifiers().isEmpty() ? "" : "(" + site.type().modifiers().get(0) + ")";
        String replacement = "timestamptz" + precision + "[]".repeat(site.type().arrayDims());
        ctx.report(CODE, site.type().range(), site.label() + " is timestamp without time zone",
            "Use timestamptz: it stores an instant, not a wall-clock reading.",
            List.of(ctx.fix("Use " + replacement, site.type().range(), replacement)));
      }
    }
  }
}
