package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds completion items from the schema at one point, quoting names the way the statement does. */
final class CompletionItems {
  private static final List<String> BUILTIN_TYPES = List.of("bigint", "bigserial", "boolean", "bytea", "char",
      "date", "double precision", "inet", "integer", "interval", "json", "jsonb", "numeric", "real", "serial",
      "smallint", "text", "time", "timestamp", "timestamptz", "uuid", "varchar");
  private static final List<String> KEYWORDS = List.of("ADD", "ALTER", "AND", "AS", "BEGIN", "CASCADE", "COLUMN",
      "COMMIT", "CONSTRAINT", "CREATE", "DEFAULT", "DELETE", "DROP", "ENUM", "EXISTS", "FOREIGN", "FROM", "IF",
      "INDEX", "INSERT", "INTO", "JOIN", "KEY", "NOT", "NULL", "ON", "OR", "PRIMARY", "REFERENCES", "RENAME", "SELECT",
      "SET", "TABLE", "TO", "TYPE", "UNIQUE", "UPDATE", "VALUES", "WHERE");

  final SymbolIndex idx;
  final MigrationResult migration;
  final Catalog catalog;
  private final int statement;
  private final boolean quote;

  CompletionItems(SymbolIndex idx, MigrationResult migration, Catalog catalog, int statement, boolean quote) {
    this.idx = idx;
    this.migration = migration;
    this.catalog = catalog;
    this.statement = statement;
    this.quote = quote;
  }

  String insert(Name n) {
    return quote ? '"' + n.value().replace("\"", "\"\"") + '"' : n.sql();
  }

  List<CompletionItem> columns(QName table) {
    Optional<Table> t = catalog.table(table);
    if (t.isEmpty()) {
      return catalog.views().get(table).map(v -> v.columns().stream()
          .map(c -> new CompletionItem(c.value(), CompletionItem.Kind.COLUMN, "column of view " + table.name().value(),
              insert(c))).toList()).orElse(List.of());
    }
    List<CompletionItem> out = new ArrayList<>();
    for (Column c : t.get().columns()) {
      out.add(new CompletionItem(c.name().value(), CompletionItem.Kind.COLUMN, columnDetail(table, c), insert(c.name())));
    }
    return out;
  }

  private String columnDetail(QName table, Column c) {
    String s = c.type().format(catalog::typeVisible) + (c.notNull() ? " NOT NULL" : "");
    Occurrence point = new Occurrence(migration.migration().file(), TextRange.EMPTY,
        SymbolRef.member(SymbolKind.COLUMN, table, c.name()), "", Occurrence.Role.REFERENCE, false,
        migration.index(), statement - 1);
    String key = SymbolRef.member(SymbolKind.COLUMN, table, c.name()).key();
    return s + TableHover.added(idx, key, point).map(o -> " · added in " + idx.migration(o).migration().name())
        .orElse("");
  }

  List<CompletionItem> relations() {
    List<CompletionItem> out = new ArrayList<>();
    for (Name s : catalog.relationPath()) {
      out.addAll(relationsIn(s));
    }
    return out;
  }

  List<CompletionItem> relationsIn(Name schema) {
    List<CompletionItem> out = new ArrayList<>();
    for (Table t : catalog.tables().values()) {
      // The tool's bookkeeping table exists, but no migration means it: it is not offered.
      if (t.name().schema().equals(schema) && !t.origin().isSynthetic()) {
        out.add(new CompletionItem(t.name().name().value(), CompletionItem.Kind.TABLE,
            "table · " + t.columns().size() + " columns", insert(t.name().name())));
      }
    }
    catalog.views().values().stream().filter(v -> v.name().schema().equals(schema)).forEach(v -> out.add(
        new CompletionItem(v.name().name().value(), CompletionItem.Kind.VIEW,
            v.materialized() ? "materialized view" : "view", insert(v.name().name()))));
    out.sort((a, b) -> a.label().compareTo(b.label()));
    return out;
  }

  List<CompletionItem> types() {
    List<CompletionItem> out = new ArrayList<>();
    catalog.enums().values().forEach(e -> out.add(new CompletionItem(e.name().name().value(),
        CompletionItem.Kind.TYPE, "enum (" + String.join(", ", e.labels()) + ")", typeInsert(e.name()))));
    catalog.domains().values().forEach(d -> out.add(new CompletionItem(d.name().name().value(),
        CompletionItem.Kind.TYPE, "domain over " + d.baseType().format(catalog::typeVisible), typeInsert(d.name()))));
    catalog.composites().values().forEach(t -> out.add(new CompletionItem(t.name().name().value(),
        CompletionItem.Kind.TYPE, "composite type", typeInsert(t.name()))));
    out.sort((a, b) -> a.label().compareTo(b.label()));
    for (String b : BUILTIN_TYPES) {
      out.add(new CompletionItem(b, CompletionItem.Kind.TYPE, "built-in", quote ? b.toUpperCase(java.util.Locale.ROOT)
          : b));
    }
    return out;
  }

  private String typeInsert(QName type) {
    String name = insert(type.name());
    return catalog.typeVisible(type) ? name : insert(type.schema()) + "." + name;
  }

  static List<CompletionItem> keywords() {
    return KEYWORDS.stream().map(k -> new CompletionItem(k, CompletionItem.Kind.KEYWORD, "keyword", k)).toList();
  }
}
