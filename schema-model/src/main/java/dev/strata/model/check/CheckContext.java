package dev.strata.model.check;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Fix;
import dev.strata.model.diag.TextEdit;
import dev.strata.model.migration.Migration;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a {@link Check} sees of one statement: the schema before and after it, the migration it
 * belongs to and the statements before it there, whether it runs inside a transaction block, and
 * which tables are <em>new</em> at this point (created earlier in the same migration, renames
 * followed) as opposed to <em>existing</em> (created by an earlier migration, so possibly full of
 * rows and in use). Under a configured squashed baseline, nothing the baseline or an earlier migration
 * creates is new. A context is made per statement and per rule by {@link CheckRunner}.
 */
public final class CheckContext {
  /** The per-statement facts the runner knows; one value shared by every rule of the statement. */
  record Facts(Migration migration, ParsedStatement parsed, Catalog before, Catalog after, boolean inTransaction,
      Set<QName> newTables, Set<QName> newTypes, List<ParsedStatement> earlier, int postgresVersion,
      Set<String> reportedInMigration, Map<QualifiedName, Optional<Table>> tablesBefore) {}

  private final Facts facts;
  private final Consumer<Diagnostic> sink;

  CheckContext(Facts facts, Consumer<Diagnostic> sink) {
    this.facts = facts;
    this.sink = sink;
  }

  public Catalog catalogBefore() {
    return facts.before();
  }

  public Catalog catalogAfter() {
    return facts.after();
  }

  public Migration migration() {
    return facts.migration();
  }

  public ParsedStatement parsed() {
    return facts.parsed();
  }

  /** The statement's significant tokens (no comments), with offsets into the migration's text. */
  public List<Token> tokens() {
    return facts.parsed().raw().tokens();
  }

  /** The migration's applied SQL; every range in the AST and tokens indexes into it. */
  public String sql() {
    return facts.migration().sql();
  }

  /** The statements of this migration that run before this one, in order. */
  public List<ParsedStatement> earlierStatements() {
    return facts.earlier();
  }

  /** Whether PostgreSQL runs this statement inside a transaction block under its tool's semantics. */
  public boolean inTransaction() {
    return facts.inTransaction();
  }

  /** The PostgreSQL major version whose semantics apply (fast defaults need 11, for instance). */
  public int postgresVersion() {
    return facts.postgresVersion();
  }

  /** The table {@code name} denotes just before this statement, resolved through the search path. */
  public Optional<Table> tableBefore(QualifiedName name) {
    // Several rules ask for the same ALTER TABLE target: resolved once per statement.
    return facts.tablesBefore().computeIfAbsent(name, n -> {
      Catalog c = facts.before();
      Optional<Name> schema = n.schema().map(Ident::name);
      return c.resolve(c.tables(), schema, n.name()).flatMap(c::table);
    });
  }

  /** True when {@code table} was created earlier in this migration (so it holds no rows anyone relies on). */
  public boolean isNew(QName table) {
    return facts.newTables().contains(table);
  }

  /** True when the enum, domain or composite type {@code type} was created earlier in this migration. */
  public boolean isNewType(QName type) {
    return facts.newTypes().contains(type);
  }

  /** The table for messages: {@code existing table "users"} or {@code new table "users" (created earlier in 002_x)}. */
  public String describe(QName table) {
    return isNew(table)
        ? "new table " + label(table) + " (created earlier in " + facts.migration().name() + ")"
        : "existing table " + label(table);
  }

  /** A relation's name as messages show it: qualified only outside {@code public}. */
  public static String label(QName q) {
    String name = q.name().quotedForMessage();
    return q.schema().equals(QName.PUBLIC) ? name : q.schema().quotedForMessage() + "." + name;
  }

  /** True when {@code code} was already reported for an earlier statement of this migration. */
  public boolean reportedInMigration(DiagnosticCode code) {
    return facts.reportedInMigration().contains(code.id());
  }

  /** Reports a finding at {@code range}; {@code help} (the safe alternative) may be null. */
  public void report(DiagnosticCode code, TextRange range, String message, String help, List<Fix> fixes) {
    sink.accept(FileContext.build(facts.migration(), code, range, message, help, fixes));
  }

  /** A one-edit fix in this migration's file. */
  public Fix fix(String title, TextRange range, String newText) {
    return new Fix(title, List.of(new TextEdit(facts.migration().file(), range, newText)), true);
  }

  /** The first token of this statement at or after {@code from} that is the unquoted word {@code word}. */
  public Optional<Token> word(String word, int from) {
    return tokens().stream().filter(t -> t.start() >= from && t.isWord(word)).findFirst();
  }
}
