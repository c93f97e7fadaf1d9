package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Function;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.OpaqueEffect;
import dev.strata.model.catalog.Origin;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import dev.strata.model.diag.Category;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Related;
import dev.strata.model.diag.Severity;
import dev.strata.model.migration.Migration;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.plpgsql.PlpgsqlBody;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.LineIndex;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * Statements whose schema effect cannot be read (dynamic SQL), and the references they may explain.
 *
 * <p>Which unknown names does an opaque effect explain? Not every one: the history of
 * hatchet-dev/hatchet calls {@code create_v1_olap_partition_with_date_and_status('v1_dags_olap', ...)}
 * early on and later really fails on {@code LOCK TABLE v1_dags_olap_new}, a table no statement
 * created. Partition helpers, the dynamic SQL migrations actually contain, create
 * {@code <table>_<number>} or {@code <table>_<date>}: {@code v1_payload_wal_0} after
 * {@code create_v1_hash_partitions('v1_payload_wal', 4)}; a DO block may also build the whole name
 * ({@code EXECUTE 'CREATE TABLE ' || 'audit_2024' || ...}). So a name is explained when the opaque
 * statement spells it as a string literal, or spells a table name that it extends with {@code _}
 * and a digit. Anything else stays an error.
 */
final class OpaqueEffects {
  static final DiagnosticCode UNVERIFIED_REFERENCE = new DiagnosticCode("unverified-reference", Category.CATALOG,
      Severity.WARNING, Optional.empty());

  private OpaqueEffects() {}

  /** The latest opaque effect that may have created a relation named {@code name}. */
  static Optional<OpaqueEffect> explaining(Catalog catalog, Name name) {
    List<OpaqueEffect> all = catalog.opaqueEffects();
    for (int i = all.size() - 1; i >= 0; i--) {
      for (String literal : all.get(i).names()) {
        String prefix = Name.asciiLower(literal) + "_";
        String n = name.value();
        if (n.equals(Name.asciiLower(literal))) {
          return Optional.of(all.get(i));
        }
        if (n.startsWith(prefix) && n.length() > prefix.length() && Character.isDigit(n.charAt(prefix.length()))) {
          return Optional.of(all.get(i));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The catalog with a stand-in for the relation the opaque effect may have created: a table whose
   * columns are unknown (so no column of it is ever reported), originating at the opaque statement.
   */
  static Catalog withStandIn(Catalog catalog, Name name, OpaqueEffect effect) {
    Name schema = catalog.creationSchema().orElse(QName.PUBLIC);
    Table t = new Table(new QName(schema, name), Table.Kind.ORDINARY, parentOf(catalog, name, effect), List.of(),
        List.of(), List.of(), List.of(), true, effect.origin());
    return catalog.withTable(t);
  }

  /**
   * A stand-in named {@code <table>_<n>} after a call that names partitioned {@code <table>} is taken
   * to be its partition, so that dropping the parent drops it too.
   */
  private static Optional<QName> parentOf(Catalog catalog, Name name, OpaqueEffect effect) {
    for (String literal : effect.names()) {
      String parent = Name.asciiLower(literal);
      if (name.value().startsWith(parent + "_")) {
        Optional<QName> q = catalog.resolve(catalog.tables(), Optional.empty(), Name.of(parent));
        if (q.flatMap(catalog::table).map(t -> t.kind() == Table.Kind.PARTITIONED).orElse(false)) {
          return q;
        }
      }
    }
    return Optional.empty();
  }

  static Diagnostic unverified(Migration m, TextRange at, Name name, OpaqueEffect effect) {
    return Diagnostic.of(UNVERIFIED_REFERENCE, new FileRange(m.file(), at), "table \"" + name.value()
        + "\" is not created by any statement Strata can read; it may have been created by " + effect.what())
        .withHelp("Strata assumes it exists from here on, with unknown columns. Check that the dynamic SQL "
            + "creates it.")
        .withRelated(List.of(new Related(effect.origin().location(), "dynamic SQL that may create it")));
  }

  /** {@code 20251216190909_v1_0_61.sql:31}: where a statement is, for messages. */
  static String where(Migration m, TextRange range) {
    return m.file().fileName() + ":" + (LineIndex.of(m.sql()).line(range.start()) + 1);
  }

  /**
   * The catalog after a statement that calls a function running dynamic SQL ({@code SELECT f('t', 4)},
   * {@code PERFORM f(...)}): it records an opaque effect named after the first such function, with
   * the statement's identifier-like string literals as the hint of what it created.
   */
  static Catalog afterCalls(Catalog catalog, Migration m, List<Token> tokens, TextRange range) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!tokens.get(i + 1).is(TokenKind.LPAREN) || !(t.is(TokenKind.WORD) || t.is(TokenKind.QUOTED_IDENT))) {
        continue;
      }
      Optional<Name> schema = i >= 2 && tokens.get(i - 1).is(TokenKind.DOT)
          ? Optional.of(name(tokens.get(i - 2))) : Optional.empty();
      Optional<Function> f = dynamicFunction(catalog, schema, name(t));
      if (f.isPresent()) {
        String what = "dynamic SQL in " + f.get().name().name().value() + "() called at " + where(m, range);
        return catalog.withOpaqueEffect(new OpaqueEffect(what, PlpgsqlBody.literals(tokens),
            new Origin(m.file(), range, m.name())));
      }
    }
    return catalog;
  }

  private static Optional<Function> dynamicFunction(Catalog catalog, Optional<Name> schema, Name name) {
    List<Name> schemas = schema.map(List::of).orElseGet(catalog::effectivePath);
    for (Name s : schemas) {
      for (Function f : catalog.functionsNamed(new QName(s, name))) {
        if (f.executesDynamicSql()) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  static Name name(Token t) {
    return t.is(TokenKind.QUOTED_IDENT) ? Name.quoted(t.text().substring(1, t.text().length() - 1))
        : Name.unquoted(t.text());
  }
}
