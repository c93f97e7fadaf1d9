package dev.strata.model.check.rules;

import dev.strata.model.check.Check;
import dev.strata.model.check.CheckContext;
import dev.strata.model.check.ColumnSite;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.ast.Statement;
import java.util.List;

/**
 * A column declared {@code char(n)} / {@code character(n)}.
 *
 * <p><b>Problem.</b> {@code char(n)} pads values with spaces to {@code n} characters, strips
 * trailing spaces in comparisons and when cast to text, and is no faster than {@code varchar} or
 * {@code text} in PostgreSQL. Plain {@code char} means {@code char(1)}, which is rarely what was meant.
 *
 * <p><b>Safe alternative.</b> Use {@code text} or {@code varchar(n)}. The quick fix replaces the
 * type with {@code varchar} of the same length.
 *
 * <p>Opt-in: on the corpus survey (docs/rules/survey.md) every sampled hit was a fixed-length value
 * (a UUID in {@code char(36)}, a hash in {@code char(64)}, a one-letter flag in {@code char(1)}),
 * where padding never shows. Teams that want the ban enable it in {@code [rules]}.
 */
public final class BanCharTypeCheck implements Check {
  public static final DiagnosticCode CODE = DiagnosticCode.check("ban-char-type", Severity.WARNING);

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
      if (site.type().builtin() && site.type().baseName().equals("bpchar")) {
        String length = site.type().modifiers().isEmpty() ? "1" : site.type().modifiers().get(0);
        String replacement = "varchar(" + length + ")" + "[]".repeat(site.type().arrayDims());
        ctx.report(CODE, site.type().range(), site.label() + " is char(" + length + "), which pads values with "
            + "spaces", "Use text or varchar(" + length + ").",
            List.of(ctx.fix("Use " + replacement, site.type().range(), replacement)));
      }
    }
  }
}
