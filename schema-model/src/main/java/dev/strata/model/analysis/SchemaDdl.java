package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.CompositeType;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.Domain;
import dev.strata.model.catalog.EnumType;
import dev.strata.model.catalog.Extension;
import dev.strata.model.catalog.Function;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Schema;
import dev.strata.model.catalog.Sequence;
import dev.strata.model.catalog.Table;
import dev.strata.model.catalog.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The schema at one point in history as PostgreSQL-style DDL, in a deterministic order: schemas,
 * extensions, types, sequences, tables (columns, defaults, constraints), indexes that back no
 * constraint, views, then function stubs (bodies are not kept). Names are schema-qualified and
 * quoted as quote_ident would. Used by {@code strata/schemaAt} and {@code strata schema}.
 */
public final class SchemaDdl {
  private SchemaDdl() {}

  public static String print(Catalog c) {
    StringBuilder sb = new StringBuilder();
    for (Schema s : sorted(c.schemas().values(), Schema::name)) {
      if (!s.name().equals(QName.PUBLIC)) {
        sb.append("CREATE SCHEMA ").append(s.name().sql()).append(";\n");
      }
    }
    for (Extension e : sorted(c.extensions().values(), Extension::name)) {
      sb.append("CREATE EXTENSION IF NOT EXISTS ").append(e.name().sql()).append(" WITH SCHEMA ")
          .append(e.schema().sql()).append(";\n");
    }
    for (EnumType e : sorted(c.enums().values(), EnumType::name)) {
      sb.append("CREATE TYPE ").append(e.name().sql()).append(" AS ENUM (")
          .append(e.labels().stream().map(SchemaDdl::literal).collect(Collectors.joining(", "))).append(");\n");
    }
    sorted(c.domains().values(), Domain::name).forEach(d -> domain(sb, c, d));
    sorted(c.composites().values(), CompositeType::name).forEach(t -> composite(sb, c, t));
    sorted(c.sequences().values(), Sequence::name).forEach(s -> sequence(sb, s));
    sorted(c.tables().values(), Table::name).forEach(t -> table(sb, c, t));
    sorted(c.indexes().values(), Index::name).stream().filter(i -> i.constraint().isEmpty())
        .forEach(i -> index(sb, i));
    for (View v : sorted(c.views().values(), View::name)) {
      sb.append("\nCREATE ").append(v.materialized() ? "MATERIALIZED VIEW " : "VIEW ").append(v.name().sql())
          .append(v.columns().isEmpty() ? "" : " (" + ObjectHover.names(v.columns()) + ")").append(" AS\n")
          .append(v.definition().strip()).append(";\n");
    }
    List<Function> fs = new ArrayList<>(c.functions().values());
    fs.sort(Comparator.comparing(Function::signature));
    for (Function f : fs) {
      sb.append("\nCREATE ").append(f.procedure() ? "PROCEDURE " : "FUNCTION ").append(f.name().sql()).append('(')
          .append(String.join(", ", f.argTypes())).append(')')
          .append(f.procedure() ? "" : " RETURNS " + f.returns()).append(" LANGUAGE ").append(f.language())
          .append(" AS $$ ... $$;\n");
    }
    return sb.toString();
  }

  private static <T, K extends Comparable<K>> List<T> sorted(java.util.Collection<T> items, java.util.function.Function<T, K> key) {
    List<T> out = new ArrayList<>(items);
    out.sort(Comparator.comparing(key));
    return out;
  }

  private static void domain(StringBuilder sb, Catalog c, Domain d) {
    sb.append("CREATE DOMAIN ").append(d.name().sql()).append(" AS ").append(d.baseType().format(c::typeVisible))
        .append(d.notNull() ? " NOT NULL" : "").append(d.defaultExpr().map(x -> " DEFAULT " + x).orElse(""));
    d.checks().forEach(k -> sb.append(" CHECK ").append(k));
    sb.append(";\n");
  }

  private static void composite(StringBuilder sb, Catalog c, CompositeType t) {
    sb.append("CREATE TYPE ").append(t.name().sql()).append(" AS (").append(t.attributes().stream()
        .map(a -> a.name().sql() + " " + a.type().format(c::typeVisible)).collect(Collectors.joining(", ")))
        .append(");\n");
  }

  private static void sequence(StringBuilder sb, Sequence s) {
    sb.append("CREATE SEQUENCE ").append(s.name().sql()).append(" AS ").append(s.dataType()).append(" START WITH ")
        .append(s.start()).append(" INCREMENT BY ").append(s.increment()).append(s.cycle() ? " CYCLE" : "")
        .append(";\n");
  }

  private static void table(StringBuilder sb, Catalog c, Table t) {
    List<String> lines = new ArrayList<>();
    for (Column col : t.columns()) {
      lines.add(column(c, col));
    }
    for (Constraint k : t.constraints()) {
      lines.add("CONSTRAINT " + k.name().sql() + " " + constraint(k));
    }
    sb.append("\nCREATE TABLE ").append(t.name().sql()).append(" (\n    ")
        .append(String.join(",\n    ", lines)).append("\n)")
        .append(t.partitionOf().map(p -> " PARTITION OF " + p.sql()).orElse(""))
        .append(t.inherits().isEmpty() ? "" : " INHERITS (" + t.inherits().stream().map(QName::sql)
            .collect(Collectors.joining(", ")) + ")")
        .append(";\n");
  }

  private static String column(Catalog c, Column col) {
    StringBuilder s = new StringBuilder(col.name().sql()).append(' ').append(col.type().format(c::typeVisible));
    col.collation().ifPresent(x -> s.append(" COLLATE ").append(x.sql()));
    col.identity().ifPresent(i -> s.append(i == 'a' ? " GENERATED ALWAYS AS IDENTITY" : " GENERATED BY DEFAULT AS IDENTITY"));
    col.generated().ifPresent(g -> s.append(" GENERATED ALWAYS AS (").append(g).append(") STORED"));
    col.defaultExpr().ifPresent(d -> s.append(" DEFAULT ").append(d));
    if (col.notNull()) {
      s.append(" NOT NULL");
    }
    return s.toString();
  }

  private static String constraint(Constraint k) {
    String cols = "(" + ObjectHover.names(k.columns()) + ")";
    switch (k.kind()) {
      case PRIMARY_KEY:
        return "PRIMARY KEY " + cols;
      case UNIQUE:
        return "UNIQUE " + cols;
      case CHECK:
        return "CHECK " + parenthesized(k.expression().orElse("true")) + (k.validated() ? "" : " NOT VALID");
      case EXCLUDE:
        return "EXCLUDE " + k.expression().orElse("");
      default:
        return foreignKey(k, cols);
    }
  }

  private static String foreignKey(Constraint k, String cols) {
    Constraint.ForeignKey fk = k.references().orElseThrow();
    String s = "FOREIGN KEY " + cols + " REFERENCES " + fk.table().sql()
        + (fk.columns().isEmpty() ? "" : "(" + ObjectHover.names(fk.columns()) + ")");
    s += fk.onUpdate().equals("a") ? "" : " ON UPDATE " + action(fk.onUpdate());
    s += fk.onDelete().equals("a") ? "" : " ON DELETE " + action(fk.onDelete());
    s += k.deferrable() ? " DEFERRABLE" + (k.initiallyDeferred() ? " INITIALLY DEFERRED" : "") : "";
    return s + (k.validated() ? "" : " NOT VALID");
  }

  private static String action(String code) {
    switch (code) {
      case "c":
        return "CASCADE";
      case "n":
        return "SET NULL";
      case "d":
        return "SET DEFAULT";
      case "r":
        return "RESTRICT";
      default:
        return "NO ACTION";
    }
  }

  private static void index(StringBuilder sb, Index i) {
    sb.append("CREATE ").append(i.unique() ? "UNIQUE " : "").append("INDEX ").append(i.name().name().sql())
        .append(" ON ").append(i.table().sql()).append(" USING ").append(i.method()).append(" (")
        .append(i.keys().stream().map(Index.Key::display).collect(Collectors.joining(", "))).append(')')
        .append(i.include().isEmpty() ? "" : " INCLUDE (" + ObjectHover.names(i.include()) + ")")
        .append(i.predicate().map(p -> " WHERE " + p).orElse("")).append(";\n");
  }

  private static String parenthesized(String e) {
    String t = e.strip();
    return t.startsWith("(") && t.endsWith(")") ? t : "(" + t + ")";
  }

  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

}
