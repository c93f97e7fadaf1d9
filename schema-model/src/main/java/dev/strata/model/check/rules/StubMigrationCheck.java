package dev.strata.model.check.rules;

import dev.strata.model.check.FileCheck;
import dev.strata.model.check.FileContext;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.Lexer;
import dev.strata.model.sql.Token;
import dev.strata.model.text.TextRange;
import java.util.List;

/**
 * A migration with no statement: an empty file or one with only comments.
 *
 * <p><b>Problem.</b> Tools record it as applied and it changes nothing. It is usually a generated
 * migration whose SQL was never written, or a placeholder for a change made by hand in production —
 * the schema the history describes then differs from the real one (Prisma reports such drift, and
 * P3006 failures often start here).
 *
 * <p><b>Safe alternative.</b> Write the SQL the migration was meant to hold, or delete it before it
 * is applied anywhere; if it is intentional, say why in the file and suppress the rule with
 * {@code -- strata-ignore-file stub-migration}.
 */
public final class StubMigrationCheck implements FileCheck {
  public static final DiagnosticCode CODE = DiagnosticCode.check("stub-migration", Severity.INFO);

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  public void run(FileContext ctx) {
    if (!ctx.statements().isEmpty()) {
      return;
    }
    List<Token> tokens = Lexer.lex(ctx.migration().sql());
    String name = ctx.migration().name();
    TextRange at = tokens.isEmpty() ? new TextRange(0, 0) : tokens.get(0).range();
    String what = tokens.isEmpty() ? " is empty" : " contains only comments";
    ctx.report(CODE, at, "migration " + name + what + ": it is recorded as applied and changes nothing",
        "Write the SQL it was meant to hold or delete it; if it is intentional, say why and suppress this rule.",
        List.of());
  }
}
