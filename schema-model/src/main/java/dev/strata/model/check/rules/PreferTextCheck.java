package dev.strata.model.check.rules;

import dev.strata.model.check.Check;
import dev.strata.model.check.CheckContext;
import dev.strata.model.check.ColumnSite;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.ast.Statement;
import java.util.List;

/**
 * A column declared {@code varchar(n)}. Opt-in: enable it in the configuration.
 *
 * <p><b>Problem.</b> The length limit is a business rule baked into the type: raising it later is
 * cheap, but lowering it or changing it to another type rewrites the table, and the limit gives no
 * storage or speed advantage over {@code text} in PostgreSQL.
 *
 * <p><b>Safe alternative.</b> Use {@code text}, with a {@code CHECK (char_length(col) <= n)}
 * constraint if the limit matters (constraints can be changed with {@code NOT VALID} and no
 * rewrite). The quick fix replaces the type with {@code text}.
 */
public final class PreferTextCheck implements Check {
  public static final DiagnosticCode CODE = DiagnosticCode.check("prefer-text", Severity.WARNING);

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
      if (site.type().builtin() && site.type().baseName().equals("varchar") && !site.type().modifiers().isEmpty()) {
        String brackets = "[]".repeat(site.type().arrayDims());
        ctx.report(CODE, site.type().range(), site.label() + " is varchar(" + site.type().modifiers().get(0)
            + "): a length limit in the type is costly to change later", "Use text, with a CHECK constraint on "
            + "char_length if the limit matters.",
            List.of(ctx.fix("Use text", site.type().range(), "text" + brackets)));
      }
    }
  }
}
