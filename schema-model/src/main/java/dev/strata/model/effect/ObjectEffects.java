package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Extension;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Names;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Schema;
import dev.strata.model.catalog.Table;
import dev.strata.model.sql.ast.ObjectKind;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Schemas, search_path, sequences, views, routines, triggers, extensions and comments. */
final class ObjectEffects {
  /** Types that well-known extensions add to the schema they are installed in. */
  static final Map<String, List<String>> EXTENSION_TYPES = Map.of(
      "citext", List.of("citext"), "vector", List.of("vector", "halfvec", "sparsevec"),
      "postgis", List.of("geometry", "geography", "box2d", "box3d"), "hstore", List.of("hstore"),
      "ltree", List.of("ltree", "lquery", "ltxtquery"), "cube", List.of("cube"), "isn", List.of("isbn", "ean13"));

  private ObjectEffects() {}

  static boolean handles(Tx tx, Statement stmt) {
    if (stmt instanceof Statement.CreateSchema s) {
      if (tx.cat.schemas().containsKey(s.name().name())) {
        if (s.ifNotExists()) {
          tx.note(CatalogProblems.skipped(tx.ctx, s.name().range(), "schema", s.name().value(), true));
        } else {
          tx.fail(CatalogProblems.duplicateSchema(tx.ctx, s.name().range(), s.name().value()));
        }
      } else {
        tx.cat = tx.cat.withSchemas(tx.cat.schemas().with(s.name().name(), new Schema(s.name().name(), tx.origin)));
        tx.event("schema:" + s.name().value(), ObjectEvent.Kind.CREATED, "created");
      }
    } else if (stmt instanceof Statement.SetVariable s) {
      if (s.variable().equalsIgnoreCase("search_path") && !s.local()) {
        List<Name> path = s.reset() ? List.of(Catalog.USER_SCHEMA, QName.PUBLIC)
            : s.values().stream().map(Name::of).toList();
        tx.cat = tx.cat.withSearchPath(path);
      }
    } else if (stmt instanceof Statement.CreateSequence s) {
      SequenceEffects.create(tx, s);
    } else if (stmt instanceof Statement.AlterSequence s) {
      SequenceEffects.alter(tx, s);
    } else if (stmt instanceof Statement.CreateView s) {
      ViewEffects.create(tx, s);
    } else if (stmt instanceof Statement.CreateFunction s) {
      RoutineEffects.create(tx, s);
    } else if (stmt instanceof Statement.DropRoutine s) {
      RoutineEffects.drop(tx, s);
    } else if (stmt instanceof Statement.CreateTrigger s) {
      RoutineEffects.createTrigger(tx, s);
    } else if (stmt instanceof Statement.DropOnTable s) {
      RoutineEffects.dropOnTable(tx, s);
    } else if (stmt instanceof Statement.CreateExtension s) {
      createExtension(tx, s);
    } else if (stmt instanceof Statement.Comment s) {
      comment(tx, s);
    } else {
      return false;
    }
    return true;
  }

  private static void createExtension(Tx tx, Statement.CreateExtension s) {
    Name n = s.name().name();
    if (tx.cat.extensions().containsKey(n)) {
      if (s.ifNotExists()) {
        tx.note(CatalogProblems.skipped(tx.ctx, s.name().range(), "extension", n.value(), true));
      } else {
        tx.fail(CatalogProblems.duplicateObject(tx.ctx, s.name().range(), "extension", n.value()));
      }
      return;
    }
    Optional<Name> schema = s.schema().map(i -> i.name()).or(() -> tx.cat.creationSchema());
    if (schema.isEmpty() || !tx.cat.schemas().containsKey(schema.get())) {
      tx.fail(CatalogProblems.unknownSchema(tx.ctx, s.schema().map(i -> i.range()).orElse(s.name().range()),
          schema.map(Name::value).orElse("(none)")));
      return;
    }
    tx.cat = tx.cat.withExtensions(tx.cat.extensions().with(n, new Extension(n, schema.get(), tx.origin)));
    for (String type : EXTENSION_TYPES.getOrDefault(n.value(), List.of())) {
      tx.cat = tx.cat.withExtensionTypes(tx.cat.extensionTypes().with(new QName(schema.get(), Name.of(type)), n));
    }
    RoutineEffects.addExtensionFunctions(tx, n, schema.get());
    tx.event("extension:" + n.value(), ObjectEvent.Kind.CREATED, "created");
  }

  static void drop(Tx tx, Statement.Drop s, QualifiedName n) {
    if (s.kind() == ObjectKind.SCHEMA) {
      dropSchema(tx, s, n);
    } else if (s.kind() == ObjectKind.EXTENSION) {
      if (!tx.cat.extensions().containsKey(n.name())) {
        DropEffects.skippedOrMissing(tx, s, n, "extension");
        return;
      }
      tx.cat = tx.cat.withExtensions(tx.cat.extensions().without(n.name()))
          .withExtensionTypes(tx.cat.extensionTypes().withoutIf(e -> e.equals(n.name())));
      tx.cat = tx.cat.withFunctions(tx.cat.functions().withoutIf(f -> f.language().equals("ext:" + n.name().value())));
    } else {
      tx.note(CatalogProblems.unsupported(tx.ctx, s.range(), "DROP " + s.kind().sql()));
    }
  }

  private static void dropSchema(Tx tx, Statement.Drop s, QualifiedName n) {
    Name name = n.name();
    if (!tx.cat.schemas().containsKey(name)) {
      DropEffects.skippedOrMissing(tx, s, n, "schema");
      return;
    }
    List<QName> tables = tx.cat.tables().keys().stream().filter(q -> q.schema().equals(name)).toList();
    boolean empty = tables.isEmpty() && tx.cat.relationNames(name).isEmpty()
        && tx.cat.enums().keys().stream().noneMatch(q -> q.schema().equals(name));
    if (!empty && !s.cascade()) {
      tx.fail(CatalogProblems.dependentObjects(tx.ctx, n.last().range(), "schema " + name.value(),
          "objects in it"));
      return;
    }
    for (QName t : tables) {
      if (tx.cat.tables().containsKey(t)) {
        DropEffects.removeTable(tx, t, true, java.util.Set.copyOf(tables), n);
      }
    }
    Catalog c = tx.cat;
    tx.cat = c.withSchemas(c.schemas().without(name)).withIndexes(c.indexes().withoutIf(i -> i.name().schema().equals(name)))
        .withSequences(c.sequences().withoutIf(q -> q.name().schema().equals(name)))
        .withViews(c.views().withoutIf(v -> v.name().schema().equals(name)))
        .withEnums(c.enums().withoutIf(e -> e.name().schema().equals(name)))
        .withDomains(c.domains().withoutIf(d -> d.name().schema().equals(name)))
        .withComposites(c.composites().withoutIf(d -> d.name().schema().equals(name)))
        .withFunctions(c.functions().withoutIf(f -> f.name().schema().equals(name)));
    tx.event("schema:" + name.value(), ObjectEvent.Kind.DROPPED, "dropped");
  }

  /** COMMENT ON: the object must exist (checked for tables, columns, views, indexes, types, sequences). */
  private static void comment(Tx tx, Statement.Comment s) {
    QualifiedName target = s.target();
    Optional<Name> schema = tx.explicitSchema(target);
    String key;
    ObjectKind k = s.kind();
    if (k == ObjectKind.COLUMN) {
      Optional<Table> t = tx.table(target);
      if (t.isEmpty() || s.column().isEmpty() || !tx.hasColumn(t.get(), s.column().get())) {
        return;
      }
      key = Catalog.columnKey(t.get().name(), s.column().get().name());
    } else if (k == ObjectKind.TABLE) {
      Optional<QName> q = tx.cat.resolveRelation(schema, target.name());
      if (q.isEmpty()) {
        tx.fail(tx.unknownTable(target));
        return;
      }
      key = Catalog.objectKey("table", q.get());
    } else if (k == ObjectKind.INDEX || k == ObjectKind.VIEW || k == ObjectKind.SEQUENCE
        || k == ObjectKind.MATERIALIZED_VIEW) {
      Optional<QName> q = tx.cat.resolveRelation(schema, target.name());
      if (q.isEmpty()) {
        tx.fail(k == ObjectKind.INDEX ? CatalogProblems.unknownIndex(tx.ctx, target.last().range(), target.name().value())
            : CatalogProblems.unknownTable(tx.ctx, target.last().range(), k.label(), target.name().value()));
        return;
      }
      key = Catalog.objectKey(k.label(), q.get());
    } else if (k == ObjectKind.TYPE || k == ObjectKind.DOMAIN) {
      Optional<QName> q = tx.cat.resolveType(schema, target.name());
      if (q.isEmpty()) {
        tx.fail(CatalogProblems.unknownType(tx.ctx, target.last().range(), target.toString()));
        return;
      }
      key = Catalog.objectKey("type", q.get());
    } else {
      key = k.label() + ":" + target;
    }
    tx.cat = tx.cat.withComments(s.text().isPresent() ? tx.cat.comments().with(key, s.text().get())
        : tx.cat.comments().without(key));
  }

  static List<QName> relationsNamedIn(Tx tx, List<dev.strata.model.sql.Token> tokens) {
    List<QName> out = new ArrayList<>();
    for (Name n : Names.columnLikeIdentifiers(tokens)) {
      tx.cat.resolveRelation(Optional.empty(), n).ifPresent(out::add);
    }
    return out;
  }
}
