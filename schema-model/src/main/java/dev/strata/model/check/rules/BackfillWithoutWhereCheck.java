package dev.strata.model.check.rules;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.check.Check;
import dev.strata.model.check.CheckContext;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * {@code UPDATE} or {@code DELETE} without {@code WHERE} on a table that already exists.
 *
 * <p><b>Problem.</b> The statement touches every row in one transaction: it locks them all until
 * the migration commits (blocking concurrent writers), writes a new version of each (bloat, WAL
 * volume, replication lag), and on a large table runs for a long time inside the deploy.
 *
 * <p><b>Safe alternative.</b> Backfill in batches outside the schema migration ({@code WHERE id
 * BETWEEN ...}, one transaction per batch), or add {@code WHERE} to touch only the rows that need
 * it. On a table created earlier in the same migration the rule stays silent.
 */
public final class BackfillWithoutWhereCheck implements Check {
  public static final DiagnosticCode CODE = DiagnosticCode.check("backfill-without-where", Severity.WARNING);

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  public void run(CheckContext ctx, Statement stmt) {
    if (!(stmt instanceof Statement.Dml dml)
        || (dml.kind() != Statement.DmlKind.UPDATE && dml.kind() != Statement.DmlKind.DELETE)) {
      return;
    }
    List<Token> ts = ctx.tokens();
    boolean update = !ts.isEmpty() && ts.get(0).isWord("update");
    boolean delete = ts.size() > 1 && ts.get(0).isWord("delete") && ts.get(1).isWord("from");
    if ((!update && !delete) || hasTopLevelWhere(ts)) {
      return;
    }
    int i = update ? 1 : 2;
    if (i < ts.size() && ts.get(i).isWord("only")) {
      i++;
    }
    Optional<QName> table = target(ctx.catalogBefore(), ts, i);
    if (table.isEmpty() || ctx.isNew(table.get())) {
      return;
    }
    String verb = update ? "UPDATE" : "DELETE";
    String effect = update ? "rewrites every row of " : "deletes every row of ";
    TextRange at = new TextRange(ts.get(0).start(), ts.get(Math.min(i, ts.size() - 1)).end());
    ctx.report(CODE, at, verb + " without WHERE " + effect + ctx.describe(table.get()) + " in one transaction, "
        + "locking all of them until the migration commits", "Backfill in batches (one transaction per key range) "
        + "outside the schema migration, or add a WHERE that selects only the rows that need it.", List.of());
  }

  private static boolean hasTopLevelWhere(List<Token> ts) {
    int depth = 0;
    for (Token t : ts) {
      if (t.is(TokenKind.LPAREN)) {
        depth++;
      } else if (t.is(TokenKind.RPAREN)) {
        depth--;
      } else if (depth == 0 && t.isWord("where")) {
        return true;
      }
    }
    return false;
  }

  private static Optional<QName> target(Catalog c, List<Token> ts, int i) {
    if (i >= ts.size()) {
      return Optional.empty();
    }
    Optional<Name> schema = Optional.empty();
    Name name = name(ts.get(i));
    if (i + 2 < ts.size() && ts.get(i + 1).is(TokenKind.DOT)) {
      schema = Optional.of(name);
      name = name(ts.get(i + 2));
    }
    return name == null ? Optional.empty() : c.resolve(c.tables(), schema, name);
  }

  private static Name name(Token t) {
    if (t.is(TokenKind.WORD)) {
      return Name.unquoted(t.text());
    }
    if (t.is(TokenKind.QUOTED_IDENT) && t.text().length() >= 2 && t.text().startsWith("\"")) {
      return Name.quoted(t.text().substring(1, t.text().length() - 1).replace("\"\"", "\""));
    }
    return null;
  }
}
