package dev.strata.model.prisma;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.text.FileRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The DDL {@code prisma migrate diff --from-empty} writes for a schema, one statement at a time, each
 * with the schema position it comes from: schemas, enums, tables (with their primary keys), then
 * indexes, then foreign keys. Views are not created, as Prisma does not; {@code @ignore} and
 * {@code @@ignore} do not change the DDL, as in Prisma. {@code locations} maps the catalog key of
 * every object made (see {@link #tableKey} and friends) to the model, field or attribute behind it.
 */
public final class PrismaDdl {
  /** One statement and the schema range it comes from. */
  public record Stmt(String sql, FileRange at) {}

  /** The statements in Prisma's order, and the schema position of every object they make. */
  public record Script(List<Stmt> statements, Map<String, FileRange> locations) {
    public Script {
      statements = List.copyOf(statements);
      locations = Map.copyOf(locations);
    }

    public String sql() {
      return statements.stream().map(s -> s.sql() + ";\n").collect(Collectors.joining("\n"));
    }
  }

  private final PrismaSchema schema;
  private final List<Stmt> creates = new ArrayList<>();
  private final List<Stmt> indexes = new ArrayList<>();
  private final List<Stmt> foreignKeys = new ArrayList<>();
  private final Map<String, FileRange> locations = new LinkedHashMap<>();

  private PrismaDdl(PrismaSchema schema) {
    this.schema = schema;
  }

  public static Script of(PrismaSchema schema) {
    PrismaDdl d = new PrismaDdl(schema);
    d.build();
    List<Stmt> all = new ArrayList<>(d.creates);
    all.addAll(d.indexes);
    all.addAll(d.foreignKeys);
    return new Script(all, d.locations);
  }

  // ---- Keys shared with the catalog and drift ------------------------------------------------

  public static String tableKey(QName t) {
    return Catalog.objectKey("table", t);
  }

  public static String columnKey(QName t, Name c) {
    return Catalog.columnKey(t, c);
  }

  public static String indexKey(QName i) {
    return Catalog.objectKey("index", i);
  }

  public static String constraintKey(QName t, Name c) {
    return "constraint:" + t.key() + "." + c.value();
  }

  public static String enumKey(QName e) {
    return Catalog.objectKey("enum", e);
  }

  // ---- Building ------------------------------------------------------------------------------

  private void build() {
    schemas();
    for (PrismaEnum e : schema.enums()) {
      enumType(e);
    }
    for (PrismaModel m : schema.models()) {
      if (!m.view()) {
        table(m);
      }
    }
    PrismaRelations rel = new PrismaRelations(schema, this);
    for (PrismaModel m : schema.models()) {
      if (!m.view()) {
        rel.foreignKeys(m);
      }
    }
    rel.manyToMany();
  }

  private void schemas() {
    Set<String> names = new LinkedHashSet<>(schema.datasource().map(PrismaDatasource::schemas).orElse(List.of()));
    if (names.isEmpty()) {
      names.add("public");
    }
    for (String s : names.stream().sorted().toList()) {
      FileRange at = schema.datasource().map(d -> new FileRange(d.file(), d.nameRange()))
          .orElse(new FileRange(new dev.strata.model.text.FileId("schema.prisma"), dev.strata.model.text.TextRange.EMPTY));
      creates.add(new Stmt("CREATE SCHEMA IF NOT EXISTS " + ident(s), at));
    }
  }

  private void enumType(PrismaEnum e) {
    QName q = new QName(Name.of(e.schema().orElse(defaultSchema())), Name.of(e.dbName()));
    FileRange at = new FileRange(e.file(), e.nameRange());
    locations.put(enumKey(q), at);
    String labels = e.values().stream().map(v -> PrismaTypes.quote(v.dbName())).collect(Collectors.joining(", "));
    creates.add(new Stmt("CREATE TYPE " + q.sql() + " AS ENUM (" + labels + ")", at));
  }

  private void table(PrismaModel m) {
    QName t = tableName(m);
    locations.put(tableKey(t), new FileRange(m.file(), m.nameRange()));
    List<String> lines = new ArrayList<>();
    for (PrismaField f : scalarFields(m)) {
      lines.add(column(m, t, f));
    }
    primaryKey(m, t).ifPresent(lines::add);
    creates.add(new Stmt("CREATE TABLE " + t.sql() + " (\n    " + String.join(",\n    ", lines) + "\n)",
        new FileRange(m.file(), m.nameRange())));
    for (PrismaField f : scalarFields(m)) {
      f.attribute("unique").ifPresent(a -> index(m, t, a, List.of(fieldRef(f.name(), a)), true));
    }
    for (PrismaAttribute a : m.attributes()) {
      if (a.name().equals("unique") || a.name().equals("index")) {
        List<PrismaValue> refs = a.arg("fields").or(a::positional).map(PrismaValue::items).orElse(List.of());
        index(m, t, a, refs, a.name().equals("unique"));
      }
    }
  }

  private String column(PrismaModel m, QName t, PrismaField f) {
    Name col = Name.of(f.dbName());
    locations.put(columnKey(t, col), new FileRange(m.file(), f.range()));
    Optional<String> enumSql = enumTypeSql(f.type());
    StringBuilder sb = new StringBuilder(ident(col.value())).append(' ').append(PrismaTypes.columnType(f, enumSql));
    if (!f.optional() && !f.list()) {
      sb.append(" NOT NULL");
    }
    PrismaTypes.defaultSql(f, enumSql, enumLabels(f.type())).ifPresent(d -> sb.append(" DEFAULT ").append(d));
    return sb.toString();
  }

  private Optional<String> primaryKey(PrismaModel m, QName t) {
    for (PrismaField f : scalarFields(m)) {
      Optional<PrismaAttribute> id = f.attribute("id");
      if (id.isPresent()) {
        return Optional.of(pk(m, t, id.get(), List.of(f.dbName())));
      }
    }
    for (PrismaAttribute a : m.attributes("id")) {
      List<String> cols = a.arg("fields").or(a::positional).map(PrismaValue::items).orElse(List.of()).stream()
          .map(v -> columnOf(m, v.name())).toList();
      return Optional.of(pk(m, t, a, cols));
    }
    return Optional.empty();
  }

  private String pk(PrismaModel m, QName t, PrismaAttribute a, List<String> cols) {
    Name name = Name.of(a.string("map").orElse(constraintName(t.name().value(), List.of(), "pkey")));
    locations.put(constraintKey(t, name), new FileRange(m.file(), a.range()));
    locations.put(indexKey(t.withName(name)), new FileRange(m.file(), a.range()));
    return "CONSTRAINT " + ident(name.value()) + " PRIMARY KEY (" + idents(cols, ",") + ")";
  }

  private void index(PrismaModel m, QName t, PrismaAttribute a, List<PrismaValue> refs, boolean unique) {
    List<String> cols = refs.stream().map(r -> columnOf(m, r.name())).toList();
    Name name = Name.of(a.string("map").orElse(constraintName(t.name().value(), cols, unique ? "key" : "idx")));
    QName q = t.withName(name);
    locations.put(indexKey(q), new FileRange(m.file(), a.range()));
    String using = a.arg("type").map(v -> " USING " + v.name().toUpperCase(java.util.Locale.ROOT) + " ").orElse("");
    String keys = refs.stream().map(r -> ident(columnOf(m, r.name())) + sortOf(r)).collect(Collectors.joining(", "));
    indexes.add(new Stmt("CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + ident(name.value()) + " ON " + t.sql()
        + (using.isEmpty() ? "(" + keys + ")" : using + "(" + keys + ")"), new FileRange(m.file(), a.range())));
  }

  private static String sortOf(PrismaValue ref) {
    if (ref instanceof PrismaValue.Call c) {
      for (PrismaArg arg : c.args()) {
        if (arg.name().map("sort"::equals).orElse(false) && arg.value().name().equals("Desc")) {
          return " DESC";
        }
      }
    }
    return "";
  }

  /** A field attribute's own sort ({@code @unique(sort: Desc)}) as a reference value. */
  private static PrismaValue fieldRef(String field, PrismaAttribute a) {
    if (a.arg("sort").isPresent()) {
      return new PrismaValue.Call(field, List.of(new PrismaArg(Optional.of("sort"), a.arg("sort").get(), a.range())),
          a.range());
    }
    return new PrismaValue.Ident(field, a.range());
  }

  // ---- Shared helpers (also used by PrismaRelations) ------------------------------------------

  void addForeignKey(Stmt s) {
    foreignKeys.add(s);
  }

  void addCreate(Stmt s) {
    creates.add(s);
  }

  void addIndex(Stmt s) {
    indexes.add(s);
  }

  void locate(String key, FileRange at) {
    locations.put(key, at);
  }

  String defaultSchema() {
    return schema.datasource().map(PrismaDatasource::schemas).filter(l -> !l.isEmpty()).map(l -> l.get(0))
        .orElse("public");
  }

  QName tableName(PrismaModel m) {
    return new QName(Name.of(m.schema().orElse(defaultSchema())), Name.of(m.dbName()));
  }

  /** The scalar and enum fields of a model: the ones that are columns. */
  List<PrismaField> scalarFields(PrismaModel m) {
    return m.fields().stream().filter(f -> schema.model(f.type()).isEmpty()).toList();
  }

  String columnOf(PrismaModel m, String field) {
    return m.field(field).map(PrismaField::dbName).orElse(field);
  }

  Optional<String> enumTypeSql(String type) {
    return schema.enumNamed(type).map(e -> new QName(Name.of(e.schema().orElse(defaultSchema())), Name.of(e.dbName())))
        .map(q -> q.schema().value().equals("public") && schema.datasource().map(d -> d.schemas().isEmpty()).orElse(true)
            ? ident(q.name().value()) : q.sql());
  }

  private Map<String, String> enumLabels(String type) {
    Map<String, String> out = new LinkedHashMap<>();
    schema.enumNamed(type).ifPresent(e -> e.values().forEach(v -> out.put(v.name(), v.dbName())));
    return out;
  }

  /** Prisma's default constraint name: {@code table_cols_suffix}, the prefix cut to fit 63 bytes. */
  static String constraintName(String table, List<String> cols, String suffix) {
    String base = cols.isEmpty() ? table : table + "_" + String.join("_", cols);
    int max = Name.MAX_BYTES - suffix.length() - 1;
    if (base.length() > max) {
      base = base.substring(0, max);
    }
    return base + "_" + suffix;
  }

  static String ident(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  static String idents(List<String> cols, String sep) {
    return cols.stream().map(PrismaDdl::ident).collect(Collectors.joining(sep));
  }
}
