package dev.strata.model.check.rules;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.check.Check;
import dev.strata.model.check.CheckContext;
import dev.strata.model.check.Dependents;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.ObjectKind;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Dropping a table that already exists.
 *
 * <p><b>Problem.</b> The data is gone and every client of the previous release that touches the
 * table fails once the migration commits. The message lists the foreign keys and views that still
 * reference the table at that point.
 *
 * <p><b>Safe alternative.</b> Remove every use from the application and deploy that first; back the
 * data up or rename the table aside; drop it in a later migration. A table created earlier in the
 * same migration (a temporary work table) is not flagged.
 */
public final class DroppingTableCheck implements Check {
  public static final DiagnosticCode CODE = DiagnosticCode.check("dropping-table", Severity.WARNING);

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  public void run(CheckContext ctx, Statement stmt) {
    if (!(stmt instanceof Statement.Drop d) || d.kind() != ObjectKind.TABLE) {
      return;
    }
    Catalog c = ctx.catalogBefore();
    for (QualifiedName n : d.names()) {
      Optional<Name> schema = n.schema().map(Ident::name);
      Optional<QName> q = c.resolve(c.tables(), schema, n.name());
      if (q.isEmpty() || ctx.isNew(q.get())) {
        continue;
      }
      ctx.report(CODE, n.range(), "dropping " + ctx.describe(q.get()) + " loses its data and breaks clients that "
          + "still use it" + Dependents.clause(Dependents.ofTable(c, q.get())), "Deploy code that no longer uses "
          + "the table first, keep a backup, then drop it in a later migration.", List.of());
    }
  }
}
