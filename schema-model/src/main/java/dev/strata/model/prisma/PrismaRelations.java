package dev.strata.model.prisma;

import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.text.FileRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prisma's relations as DDL: a foreign key for every relation field with {@code fields} and
 * {@code references}, and an implicit join table {@code _AToB} (columns {@code A}, {@code B}, primary
 * key {@code _AToB_AB_pkey} as of Prisma 6, index {@code _AToB_B_index}) for every many-to-many
 * relation without a model of its own.
 */
final class PrismaRelations {
  private static final Map<String, String> ACTIONS = Map.of(
      "Cascade", "CASCADE", "Restrict", "RESTRICT", "NoAction", "NO ACTION", "SetNull", "SET NULL",
      "SetDefault", "SET DEFAULT");

  private final PrismaSchema schema;
  private final PrismaDdl ddl;

  PrismaRelations(PrismaSchema schema, PrismaDdl ddl) {
    this.schema = schema;
    this.ddl = ddl;
  }

  void foreignKeys(PrismaModel m) {
    for (PrismaField f : m.fields()) {
      Optional<PrismaModel> target = schema.model(f.type());
      Optional<PrismaAttribute> rel = f.attribute("relation");
      if (target.isEmpty() || rel.isEmpty() || rel.get().arg("fields").isEmpty()) {
        continue;
      }
      foreignKey(m, f, target.get(), rel.get());
    }
  }

  private void foreignKey(PrismaModel m, PrismaField f, PrismaModel target, PrismaAttribute rel) {
    QName t = ddl.tableName(m);
    List<String> cols = rel.arg("fields").get().items().stream().map(v -> ddl.columnOf(m, v.name())).toList();
    List<String> refs = rel.arg("references").map(PrismaValue::items).orElse(List.of()).stream()
        .map(v -> ddl.columnOf(target, v.name())).toList();
    boolean optional = rel.arg("fields").get().items().stream()
        .anyMatch(v -> m.field(v.name()).map(PrismaField::optional).orElse(false));
    String onDelete = rel.arg("onDelete").map(v -> ACTIONS.getOrDefault(v.name(), v.name()))
        .orElse(optional ? "SET NULL" : "RESTRICT");
    String onUpdate = rel.arg("onUpdate").map(v -> ACTIONS.getOrDefault(v.name(), v.name())).orElse("CASCADE");
    Name name = Name.of(rel.string("map").orElse(PrismaDdl.constraintName(t.name().value(), cols, "fkey")));
    FileRange at = new FileRange(m.file(), rel.range());
    ddl.locate(PrismaDdl.constraintKey(t, name), at);
    ddl.addForeignKey(new PrismaDdl.Stmt("ALTER TABLE " + t.sql() + " ADD CONSTRAINT " + PrismaDdl.ident(name.value())
        + " FOREIGN KEY (" + PrismaDdl.idents(cols, ", ") + ") REFERENCES " + ddl.tableName(target).sql() + "("
        + PrismaDdl.idents(refs, ", ") + ") ON DELETE " + onDelete + " ON UPDATE " + onUpdate, at));
  }

  /** One join table per implicit many-to-many relation, after every model's table. */
  void manyToMany() {
    Set<String> done = new HashSet<>();
    for (PrismaModel m : schema.models()) {
      for (PrismaField f : m.fields()) {
        Optional<PrismaModel> other = schema.model(f.type());
        if (other.isEmpty() || !f.list() || m.view()) {
          continue;
        }
        Optional<String> relName = relationName(f);
        Optional<PrismaField> back = opposite(m, f, other.get(), relName);
        if (back.isEmpty() || !back.get().list()) {
          continue;
        }
        String a = m.name().compareTo(other.get().name()) <= 0 ? m.name() : other.get().name();
        String b = a.equals(m.name()) ? other.get().name() : m.name();
        String name = relName.orElse(a + "To" + b);
        if (done.add(name)) {
          joinTable(name, schema.model(a).get(), schema.model(b).get(), new FileRange(m.file(), f.range()));
        }
      }
    }
  }

  private Optional<PrismaField> opposite(PrismaModel m, PrismaField f, PrismaModel other, Optional<String> relName) {
    for (PrismaField g : other.fields()) {
      if (g != f && g.type().equals(m.name()) && relationName(g).equals(relName)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> relationName(PrismaField f) {
    return f.attribute("relation").flatMap(a -> a.arg("name").or(a::positional))
        .filter(v -> v instanceof PrismaValue.Str).map(v -> ((PrismaValue.Str) v).value());
  }

  private void joinTable(String relation, PrismaModel a, PrismaModel b, FileRange at) {
    QName t = new QName(ddl.tableName(a).schema(), Name.of("_" + relation));
    String tn = t.name().value();
    PrismaField idA = idField(a);
    PrismaField idB = idField(b);
    ddl.locate(PrismaDdl.tableKey(t), at);
    ddl.locate(PrismaDdl.columnKey(t, Name.of("A")), at);
    ddl.locate(PrismaDdl.columnKey(t, Name.of("B")), at);
    ddl.locate(PrismaDdl.constraintKey(t, Name.of(tn + "_AB_pkey")), at);
    ddl.locate(PrismaDdl.indexKey(t.withName(Name.of(tn + "_AB_pkey"))), at);
    ddl.addCreate(new PrismaDdl.Stmt("CREATE TABLE " + t.sql() + " (\n    \"A\" " + idType(idA) + " NOT NULL,\n    \"B\" "
        + idType(idB) + " NOT NULL,\n\n    CONSTRAINT " + PrismaDdl.ident(tn + "_AB_pkey") + " PRIMARY KEY (\"A\",\"B\")\n)",
        at));
    QName idx = t.withName(Name.of(tn + "_B_index"));
    ddl.locate(PrismaDdl.indexKey(idx), at);
    ddl.addIndex(new PrismaDdl.Stmt("CREATE INDEX " + PrismaDdl.ident(tn + "_B_index") + " ON " + t.sql() + "(\"B\")", at));
    for (String side : List.of("A", "B")) {
      PrismaModel target = side.equals("A") ? a : b;
      PrismaField id = side.equals("A") ? idA : idB;
      Name fk = Name.of(tn + "_" + side + "_fkey");
      ddl.locate(PrismaDdl.constraintKey(t, fk), at);
      ddl.addForeignKey(new PrismaDdl.Stmt("ALTER TABLE " + t.sql() + " ADD CONSTRAINT " + PrismaDdl.ident(fk.value())
          + " FOREIGN KEY (\"" + side + "\") REFERENCES " + ddl.tableName(target).sql() + "("
          + PrismaDdl.ident(id.dbName()) + ") ON DELETE CASCADE ON UPDATE CASCADE", at));
    }
  }

  private PrismaField idField(PrismaModel m) {
    List<PrismaField> ids = new ArrayList<>(m.fields().stream().filter(f -> f.attribute("id").isPresent()).toList());
    return ids.isEmpty() ? m.fields().get(0) : ids.get(0);
  }

  private String idType(PrismaField id) {
    return PrismaTypes.baseType(id, ddl.enumTypeSql(id.type()));
  }
}
