package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.CompositeType;
import dev.strata.model.catalog.Domain;
import dev.strata.model.catalog.EnumType;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.RangeType;
import dev.strata.model.catalog.SqlType;
import dev.strata.model.catalog.Table;
import dev.strata.model.catalog.Tombstone;
import dev.strata.model.sql.ast.ColumnDef;
import dev.strata.model.sql.ast.Expr;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.StringLit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Enums (create, ADD VALUE, RENAME VALUE), composite types, domains, DROP TYPE/DOMAIN. */
final class TypeEffects {
  private TypeEffects() {}

  static boolean handles(Tx tx, Statement stmt) {
    if (stmt instanceof Statement.CreateEnum s) {
      newTypeName(tx, s.name()).ifPresent(q -> {
        List<String> labels = new ArrayList<>();
        for (StringLit l : s.labels()) {
          if (labels.contains(l.value())) {
            tx.fail(CatalogProblems.duplicateEnumLabel(tx.ctx, l.range(), l.value(), q.name().value()));
            return;
          }
          labels.add(l.value());
        }
        tx.cat = tx.cat.withEnum(new EnumType(q, labels, Set.of(), tx.origin));
        tx.event(Catalog.objectKey("type", q), ObjectEvent.Kind.CREATED, "enum");
      });
    } else if (stmt instanceof Statement.AlterEnumAddValue s) {
      addValue(tx, s);
    } else if (stmt instanceof Statement.AlterEnumRenameValue s) {
      enumType(tx, s.name()).ifPresent(e -> {
        int i = e.labels().indexOf(s.from().value());
        if (i < 0) {
          tx.fail(CatalogProblems.invalidEnumLiteral(tx.ctx, s.from().range(), s.from().value(), e.name().name().sql()));
        } else if (e.labels().contains(s.to().value())) {
          tx.fail(CatalogProblems.duplicateEnumLabel(tx.ctx, s.to().range(), s.to().value(), e.name().name().value()));
        } else {
          List<String> labels = new ArrayList<>(e.labels());
          labels.set(i, s.to().value());
          tx.cat = tx.cat.withEnum(e.withLabels(labels, e.uncommitted(), tx.origin));
          renameLabelInDefaults(tx, e.name(), s.from().value(), s.to().value());
        }
      });
    } else if (stmt instanceof Statement.CreateCompositeType s) {
      createComposite(tx, s);
    } else if (stmt instanceof Statement.CreateRangeType s) {
      createRange(tx, s);
    } else if (stmt instanceof Statement.CreateDomain s) {
      newTypeName(tx, s.name()).ifPresent(q -> TypeResolver.resolve(tx, s.baseType()).ifPresent(base -> {
        Optional<String> d = s.defaultValue().flatMap(v -> DefaultDeparser.deparse(v.tokens(), base, tx.cat));
        List<String> checks = s.checks().stream().flatMap(c -> c.check().stream()).map(Expr::text).toList();
        tx.cat = tx.cat.withDomains(tx.cat.domains().with(q, new Domain(q, base, s.notNull(), d, checks, tx.origin)));
        tx.event(Catalog.objectKey("type", q), ObjectEvent.Kind.CREATED, "domain");
      }));
    } else {
      return false;
    }
    return true;
  }

  private static Optional<QName> newTypeName(Tx tx, QualifiedName n) {
    Optional<Name> schema = tx.creationSchema(n);
    if (schema.isEmpty()) {
      return Optional.empty();
    }
    QName q = new QName(schema.get(), n.name());
    if (tx.cat.typeExists(q)) {
      tx.fail(CatalogProblems.duplicateObject(tx.ctx, n.last().range(), "type", n.name().value()));
      return Optional.empty();
    }
    return Optional.of(q);
  }

  private static Optional<EnumType> enumType(Tx tx, QualifiedName n) {
    Optional<QName> q = tx.cat.resolve(tx.cat.enums(), tx.explicitSchema(n), n.name());
    if (q.isEmpty()) {
      tx.fail(CatalogProblems.unknownType(tx.ctx, n.last().range(), n.toString()));
      return Optional.empty();
    }
    return tx.cat.enums().get(q.get());
  }

  private static void addValue(Tx tx, Statement.AlterEnumAddValue s) {
    Optional<EnumType> e = enumType(tx, s.name());
    if (e.isEmpty()) {
      return;
    }
    String label = s.label().value();
    if (e.get().labels().contains(label)) {
      if (s.ifNotExists()) {
        tx.note(CatalogProblems.skipped(tx.ctx, s.label().range(), "enum label", label, true));
      } else {
        tx.fail(CatalogProblems.duplicateEnumLabel(tx.ctx, s.label().range(), label, e.get().name().name().value()));
      }
      return;
    }
    List<String> labels = new ArrayList<>(e.get().labels());
    int at = labels.size();
    if (s.neighbor().isPresent()) {
      int i = labels.indexOf(s.neighbor().get().value());
      if (i < 0) {
        tx.fail(CatalogProblems.invalidEnumLiteral(tx.ctx, s.neighbor().get().range(), s.neighbor().get().value(),
            e.get().name().name().sql()));
        return;
      }
      at = s.before().orElse(false) ? i : i + 1;
    }
    labels.add(at, label);
    Set<String> uncommitted = new HashSet<>(e.get().uncommitted());
    if (tx.ctx.inTransaction()) {
      uncommitted.add(label);
    }
    tx.cat = tx.cat.withEnum(e.get().withLabels(labels, uncommitted, tx.origin));
    tx.event(Catalog.objectKey("type", e.get().name()), ObjectEvent.Kind.ALTERED, "added value " + label);
  }

  private static void createComposite(Tx tx, Statement.CreateCompositeType s) {
    Optional<QName> q = newTypeName(tx, s.name());
    if (q.isEmpty()) {
      return;
    }
    if (tx.cat.relationExists(q.get())) {
      tx.fail(CatalogProblems.duplicateRelation(tx.ctx, s.name().last().range(), q.get().name().value()));
      return;
    }
    List<Column> attrs = new ArrayList<>();
    for (ColumnDef d : s.attributes()) {
      Optional<SqlType> t = TypeResolver.resolve(tx, d.type());
      if (t.isEmpty()) {
        return;
      }
      attrs.add(Column.of(d.name().name(), t.get(), tx.origin));
    }
    tx.cat = tx.cat.withComposites(tx.cat.composites().with(q.get(), new CompositeType(q.get(), attrs, tx.origin)));
    tx.event(Catalog.objectKey("type", q.get()), ObjectEvent.Kind.CREATED, "composite type");
  }

  /** A range type and its multirange; either name colliding with an existing type fails with 42710. */
  private static void createRange(Tx tx, Statement.CreateRangeType s) {
    Optional<QName> q = newTypeName(tx, s.name());
    if (q.isEmpty()) {
      return;
    }
    QName multi = s.multirangeName().map(m -> new QName(m.schema().map(i -> i.name()).orElse(q.get().schema()),
        m.name())).orElseGet(() -> q.get().withName(RangeType.defaultMultirangeName(q.get().name())));
    if (tx.cat.typeExists(multi)) {
      tx.fail(CatalogProblems.duplicateObject(tx.ctx, s.name().last().range(), "type", multi.name().value()));
      return;
    }
    TypeResolver.resolve(tx, s.subtype()).ifPresent(sub -> {
      RangeType r = new RangeType(q.get(), sub, multi, tx.origin);
      tx.cat = tx.cat.withRanges(tx.cat.ranges().with(q.get(), r).with(multi, r));
      tx.event(Catalog.objectKey("type", q.get()), ObjectEvent.Kind.CREATED, "range type");
    });
  }

  static void dropType(Tx tx, Statement.Drop s, QualifiedName n) {
    Optional<QName> q = tx.cat.resolveType(tx.explicitSchema(n), n.name());
    if (q.isEmpty() || tx.cat.tables().containsKey(q.get()) || tx.cat.views().containsKey(q.get())) {
      if (s.ifExists()) {
        tx.note(CatalogProblems.skipped(tx.ctx, n.last().range(), "type", n.name().value(), false));
      } else {
        tx.fail(CatalogProblems.unknownType(tx.ctx, n.last().range(), n.toString()));
      }
      return;
    }
    for (Table t : tx.cat.tables().values()) {
      for (Column c : t.columns()) {
        if (c.type().name().equals(q.get())) {
          if (!s.cascade()) {
            tx.fail(CatalogProblems.dependentObjects(tx.ctx, n.last().range(), "type " + q.get().name().sql(),
                "column " + c.name().value() + " of table " + t.name().name().value()));
            return;
          }
          AlterTableEffects.removeColumn(tx, t.name(), c);
        }
      }
    }
    tx.cat = tx.cat.withEnums(tx.cat.enums().without(q.get())).withDomains(tx.cat.domains().without(q.get()))
        .withComposites(tx.cat.composites().without(q.get()));
    Optional<RangeType> range = tx.cat.ranges().get(q.get());
    if (range.isPresent()) {
      tx.cat = tx.cat.withRanges(tx.cat.ranges().without(range.get().name()).without(range.get().multirange()));
    }
    tx.tombstone(Catalog.objectKey("type", q.get()), Tombstone.Fate.DROPPED, "", tx.origin);
    tx.event(Catalog.objectKey("type", q.get()), ObjectEvent.Kind.DROPPED, "dropped");
  }

  /**
   * PostgreSQL stores an enum default as the label's OID, so after RENAME VALUE the default prints
   * the new label: rewrite {@code 'old'::type} defaults of columns of that enum type.
   */
  private static void renameLabelInDefaults(Tx tx, QName type, String from, String to) {
    String oldPrefix = literal(from) + "::";
    for (Table t : List.copyOf(tx.cat.tables().values())) {
      List<Column> cols = new ArrayList<>(t.columns());
      boolean changed = false;
      for (int k = 0; k < cols.size(); k++) {
        Column c = cols.get(k);
        if (c.type().name().equals(type) && c.type().arrayDims() == 0
            && c.defaultExpr().map(d -> d.startsWith(oldPrefix)).orElse(false)) {
          String rest = c.defaultExpr().get().substring(literal(from).length());
          cols.set(k, c.withDefault(Optional.of(literal(to) + rest), c.origin()));
          changed = true;
        }
      }
      if (changed) {
        tx.cat = tx.cat.withTable(t.withColumns(cols, t.origin()));
      }
    }
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
