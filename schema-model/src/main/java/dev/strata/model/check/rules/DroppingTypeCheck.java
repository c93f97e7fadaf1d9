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
 * Dropping an enum, domain or composite type that already exists: the way enum values are removed
 * in PostgreSQL (create a new type, move the columns over, drop the old one).
 *
 * <p><b>Problem.</b> Clients of the previous release that send the old type's name or one of its
 * removed values fail once the migration commits; with {@code CASCADE}, every column of the type is
 * dropped with its data. The message lists the columns that still use the type at that point.
 *
 * <p><b>Safe alternative.</b> Stop using the values in the application first; move columns to the new
 * type with {@code ALTER COLUMN ... TYPE new USING col::text::new}; drop the old type in a later
 * migration, never with {@code CASCADE}. A type created earlier in the same migration is not flagged.
 */
public final class DroppingTypeCheck implements Check {
  public static final DiagnosticCode CODE = DiagnosticCode.check("dropping-type", Severity.WARNING);

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  public void run(CheckContext ctx, Statement stmt) {
    if (!(stmt instanceof Statement.Drop d) || (d.kind() != ObjectKind.TYPE && d.kind() != ObjectKind.DOMAIN)) {
      return;
    }
    Catalog c = ctx.catalogBefore();
    for (QualifiedName n : d.names()) {
      Optional<Name> schema = n.schema().map(Ident::name);
      Optional<QName> q = c.resolveType(schema, n.name());
      if (q.isEmpty() || ctx.isNewType(q.get()) || c.tables().containsKey(q.get()) || c.views().containsKey(q.get())) {
        continue;
      }
      List<String> users = Dependents.ofType(c, q.get());
      String cascade = d.cascade() && !users.isEmpty() ? ", and CASCADE drops those columns with their data" : "";
      ctx.report(CODE, n.range(), "dropping existing " + d.kind().label() + " " + CheckContext.label(q.get())
          + " breaks clients that still use it or its values" + Dependents.clause(users) + cascade,
          "Stop using the type in the application first, move its columns to the replacement type, and drop it "
              + "in a later migration without CASCADE.", List.of());
    }
  }
}
