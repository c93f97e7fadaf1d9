package dev.strata.model.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The schema at one point in history. Immutable: every {@code withX}/{@code withoutX} returns a new
 * catalog that shares all unchanged objects with this one. Relations (tables, views, sequences,
 * indexes, composite types) share one namespace per schema; {@link #relationExists} checks it.
 * {@code history} remembers where dropped and renamed objects went, for diagnostics.
 *
 * <p>Temporary objects live in schema {@link QName#PG_TEMP}, which exists once the first one is
 * created: unqualified relation and type names are looked up there first (PostgreSQL puts the
 * session's temporary schema first in the path implicitly), but nothing is created there unless it
 * is temporary. {@code dropAtCommit} holds the temporary tables created {@code ON COMMIT DROP}.
 */
public record Catalog(
    List<Name> searchPath,
    PMap<Name, Schema> schemas,
    PMap<QName, Table> tables,
    PMap<QName, Index> indexes,
    PMap<QName, Sequence> sequences,
    PMap<QName, View> views,
    PMap<QName, EnumType> enums,
    PMap<QName, Domain> domains,
    PMap<QName, CompositeType> composites,
    PMap<QName, Name> extensionTypes,
    PMap<String, Function> functions,
    PMap<Name, Extension> extensions,
    PMap<String, String> comments,
    PMap<String, Tombstone> history,
    PMap<QName, RangeType> ranges,
    List<OpaqueEffect> opaqueEffects,
    Set<QName> dropAtCommit) {

  /** The {@code $user} entry of the default search path; it names no schema of ours. */
  public static final Name USER_SCHEMA = Name.of("$user");

  public Catalog {
    searchPath = List.copyOf(searchPath);
    opaqueEffects = List.copyOf(opaqueEffects);
    dropAtCommit = Set.copyOf(dropAtCommit);
  }

  /** A catalog without temporary tables to drop at commit (the shape before temporary tables). */
  public Catalog(List<Name> searchPath, PMap<Name, Schema> schemas, PMap<QName, Table> tables,
      PMap<QName, Index> indexes, PMap<QName, Sequence> sequences, PMap<QName, View> views,
      PMap<QName, EnumType> enums, PMap<QName, Domain> domains, PMap<QName, CompositeType> composites,
      PMap<QName, Name> extensionTypes, PMap<String, Function> functions, PMap<Name, Extension> extensions,
      PMap<String, String> comments, PMap<String, Tombstone> history, PMap<QName, RangeType> ranges,
      List<OpaqueEffect> opaqueEffects) {
    this(searchPath, schemas, tables, indexes, sequences, views, enums, domains, composites, extensionTypes,
        functions, extensions, comments, history, ranges, opaqueEffects, Set.of());
  }

  /** No tables, grouped by the tables their foreign keys reference ({@link #tablesReferencing}). */
  private static final PMap<QName, Table> TABLES =
      PMap.<QName, Table>empty().groupedBy(Catalog::referencedTables, Table::constraints);
  /** No indexes, grouped by table ({@link #indexesOn}). */
  private static final PMap<QName, Index> INDEXES =
      PMap.<QName, Index>empty().groupedBy(i -> List.of(i.table()), Index::table);

  /** The group of enums with labels added in the open transaction ({@link #commitTransaction}). */
  private static final String UNCOMMITTED_LABELS = "uncommitted labels";
  /** No enums, grouped by whether they have uncommitted labels. */
  private static final PMap<QName, EnumType> ENUMS = PMap.<QName, EnumType>empty()
      .groupedBy(e -> e.uncommitted().isEmpty() ? List.of() : List.of(UNCOMMITTED_LABELS), EnumType::uncommitted);

  private static List<QName> referencedTables(Table t) {
    List<QName> out = new ArrayList<>(2);
    for (Constraint c : t.constraints()) {
      c.references().ifPresent(r -> {
        if (!out.contains(r.table())) {
          out.add(r.table());
        }
      });
    }
    return out;
  }

  /** An empty database: schema {@code public}, {@code search_path = "$user", public}. */
  public static Catalog empty() {
    PMap<Name, Schema> schemas = PMap.<Name, Schema>empty().with(QName.PUBLIC, new Schema(QName.PUBLIC, Origin.BUILTIN));
    return new Catalog(List.of(USER_SCHEMA, QName.PUBLIC), schemas, TABLES, INDEXES, PMap.empty(),
        PMap.empty(), ENUMS, PMap.empty(), PMap.empty(), PMap.empty(), PMap.empty(), PMap.empty(), PMap.empty(),
        PMap.empty(), PMap.empty(), List.of());
  }

  // ---- Lookup -------------------------------------------------------------------------------

  public Optional<Table> table(QName n) {
    return tables.get(n);
  }

  public Optional<Index> index(QName n) {
    return indexes.get(n);
  }

  /** The schemas an unqualified name is looked up in, in order (existing schemas of the path). */
  public List<Name> effectivePath() {
    List<Name> out = new ArrayList<>();
    for (Name s : searchPath) {
      if (schemas.containsKey(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The schemas an unqualified relation or type name is looked up in: the temporary schema first
   * when it exists, then {@link #effectivePath()}.
   */
  public List<Name> relationPath() {
    List<Name> path = effectivePath();
    if (!schemas.containsKey(QName.PG_TEMP) || path.contains(QName.PG_TEMP)) {
      return path;
    }
    List<Name> out = new ArrayList<>(path.size() + 1);
    out.add(QName.PG_TEMP);
    out.addAll(path);
    return out;
  }

  /**
   * Where an unqualified CREATE puts its object: the first existing schema of the path, never the
   * temporary schema (PostgreSQL skips it for non-temporary objects).
   */
  public Optional<Name> creationSchema() {
    return effectivePath().stream().filter(s -> !s.equals(QName.PG_TEMP)).findFirst();
  }

  /**
   * Resolves a possibly-qualified name against {@code map} (a relation or type namespace): a
   * qualified name is looked up as is, an unqualified one in each schema of {@link #relationPath()}.
   */
  public <T> Optional<QName> resolve(PMap<QName, T> map, Optional<Name> schema, Name name) {
    if (schema.isPresent()) {
      QName q = new QName(schema.get(), name);
      return map.containsKey(q) ? Optional.of(q) : Optional.empty();
    }
    for (Name s : relationPath()) {
      QName q = new QName(s, name);
      if (map.containsKey(q)) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /** True when a table, view, sequence, index or composite type has this name. */
  public boolean relationExists(QName n) {
    return tables.containsKey(n) || views.containsKey(n) || sequences.containsKey(n) || indexes.containsKey(n)
        || composites.containsKey(n);
  }

  /** Resolves an unqualified relation name of any relation kind through the path. */
  public Optional<QName> resolveRelation(Optional<Name> schema, Name name) {
    List<Name> candidates = schema.map(List::of).orElseGet(this::relationPath);
    for (Name s : candidates) {
      QName q = new QName(s, name);
      if (relationExists(q)) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /**
   * True when a type (enum, domain, composite, range or multirange, row type of a table/view,
   * extension type) has this name.
   */
  public boolean typeExists(QName n) {
    return enums.containsKey(n) || domains.containsKey(n) || composites.containsKey(n) || tables.containsKey(n)
        || views.containsKey(n) || extensionTypes.containsKey(n) || ranges.containsKey(n);
  }

  public Optional<QName> resolveType(Optional<Name> schema, Name name) {
    List<Name> candidates = schema.map(List::of).orElseGet(this::relationPath);
    for (Name s : candidates) {
      QName q = new QName(s, name);
      if (typeExists(q)) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /**
   * format_type's visibility test under the default search path of a new session: a type prints
   * unqualified when its schema is {@code public} or {@code pg_catalog}.
   */
  public boolean typeVisible(QName type) {
    return type.schema().equals(QName.PG_CATALOG) || type.schema().equals(QName.PUBLIC);
  }

  /** The indexes of {@code table}, in creation order; from the index by table when the map has one. */
  public List<Index> indexesOn(QName table) {
    return indexes.group(table)
        .orElseGet(() -> indexes.values().stream().filter(i -> i.table().equals(table)).toList());
  }

  /**
   * The tables with a foreign key referencing {@code table} (itself included when it references
   * itself), in creation order; from the tables' index by referenced table when the map has one.
   */
  public List<Table> tablesReferencing(QName table) {
    return tables.group(table).orElseGet(() -> tables.values().stream()
        .filter(t -> referencedTables(t).contains(table)).toList());
  }

  /** Every relation name in {@code schema}, for PostgreSQL's collision numbering. */
  public Set<Name> relationNames(Name schema) {
    Set<Name> out = new LinkedHashSet<>();
    for (PMap<QName, ?> m : List.of(tables, views, sequences, indexes, composites)) {
      for (QName q : m.keys()) {
        if (q.schema().equals(schema)) {
          out.add(q.name());
        }
      }
    }
    return out;
  }

  /** Every constraint name used on any table of {@code schema}. */
  public Set<Name> constraintNames(Name schema) {
    Set<Name> out = new LinkedHashSet<>();
    for (Table t : tables.values()) {
      if (t.name().schema().equals(schema)) {
        t.constraints().forEach(c -> out.add(c.name()));
      }
    }
    return out;
  }

  public List<Sequence> sequencesOwnedBy(QName table) {
    List<Sequence> out = new ArrayList<>();
    for (Sequence s : sequences.values()) {
      if (s.ownedBy().isPresent() && s.ownedBy().get().table().equals(table)) {
        out.add(s);
      }
    }
    return out;
  }

  public List<Function> functionsNamed(QName name) {
    return functions.values().stream().filter(f -> f.name().equals(name)).toList();
  }

  // ---- History keys -------------------------------------------------------------------------

  public static String columnKey(QName table, Name column) {
    return "column:" + table.key() + "." + column.value();
  }

  public static String objectKey(String kind, QName name) {
    return kind + ":" + name.key();
  }

  public Optional<Tombstone> tombstone(String key) {
    return history.get(key);
  }

  // ---- Updates ------------------------------------------------------------------------------

  public Catalog withSearchPath(List<Name> path) {
    return new Catalog(path, schemas, tables, indexes, sequences, views, enums, domains, composites, extensionTypes,
        functions, extensions, comments, history, ranges, opaqueEffects, dropAtCommit);
  }

  public Catalog withSchemas(PMap<Name, Schema> m) {
    return new Catalog(searchPath, m, tables, indexes, sequences, views, enums, domains, composites, extensionTypes,
        functions, extensions, comments, history, ranges, opaqueEffects, dropAtCommit);
  }

  public Catalog withTables(PMap<QName, Table> m) {
    return new Catalog(searchPath, schemas, m, indexes, sequences, views, enums, domains, composites, extensionTypes,
        functions, extensions, comments, history, ranges, opaqueEffects, dropAtCommit);
  }

  public Catalog withIndexes(PMap<QName, Index> m) {
    return new Catalog(searchPath, schemas, tables, m, sequences, views, enums, domains, composites, extensionTypes,
        functions, extensions, comments, history, ranges, opaqueEffects, dropAtCommit);
  }

  public Catalog withSequences(PMap<QName, Sequence> m) {
    return new Catalog(searchPath, schemas, tables, indexes, m, views, enums, domains, composites, extensionTypes,
        functions, extensions, comments, history, ranges, opaqueEffects, dropAtCommit);
  }

  public Catalog withViews(PMap<QName, View> m) {
    return new Catalog(searchPath, schemas, tables, indexes, sequences, m, enums, domains, composites, extensionTypes,
        functions, extensions, comments, history, ranges, opaqueEffects, dropAtCommit);
  }

  public Catalog withEnums(PMap<QName, EnumType> m) {
    return new Catalog(searchPath, schemas, tables, indexes, sequences, views, m, domains, composites, extensionTypes,
        functions, extensions, comments, history, ranges, opaqueEffects, dropAtCommit);
  }

  public Catalog withDomains(PMap<QName, Domain> m) {
    return new Catalog(searchPath, schemas, tables, indexes, sequences, views, enums, m, composites, extensionTypes,
        functions, extensions, comments, history, ranges, opaqueEffects, dropAtCommit);
  }

  public Catalog withComposites(PMap<QName, CompositeType> m) {
    return new Catalog(searchPath, schemas, tables, indexes, sequences, views, enums, domains, m, extensionTypes,
        functions, extensions, comments, history, ranges, opaqueEffects, dropAtCommit);
  }

  public Catalog withExtensionTypes(PMap<QName, Name> m) {
    return new Catalog(searchPath, schemas, tables, indexes, sequences, views, enums, domains, composites, m,
        functions, extensions, comments, history, ranges, opaqueEffects, dropAtCommit);
  }

  public Catalog withFunctions(PMap<String, Function> m) {
    return new Catalog(searchPath, schemas, tables, indexes, sequences, views, enums, domains, composites,
        extensionTypes, m, extensions, comments, history, ranges, opaqueEffects, dropAtCommit);
  }

  public Catalog withExtensions(PMap<Name, Extension> m) {
    return new Catalog(searchPath, schemas, tables, indexes, sequences, views, enums, domains, composites,
        extensionTypes, functions, m, comments, history, ranges, opaqueEffects, dropAtCommit);
  }

  public Catalog withComments(PMap<String, String> m) {
    return new Catalog(searchPath, schemas, tables, indexes, sequences, views, enums, domains, composites,
        extensionTypes, functions, extensions, m, history, ranges, opaqueEffects, dropAtCommit);
  }

  public Catalog withHistory(PMap<String, Tombstone> m) {
    return new Catalog(searchPath, schemas, tables, indexes, sequences, views, enums, domains, composites,
        extensionTypes, functions, extensions, comments, m, ranges, opaqueEffects, dropAtCommit);
  }

  public Catalog withRanges(PMap<QName, RangeType> m) {
    return new Catalog(searchPath, schemas, tables, indexes, sequences, views, enums, domains, composites,
        extensionTypes, functions, extensions, comments, history, m, opaqueEffects, dropAtCommit);
  }

  /** The catalog after a statement whose effect could not be read (see {@link OpaqueEffect}). */
  public Catalog withOpaqueEffect(OpaqueEffect e) {
    List<OpaqueEffect> all = new ArrayList<>(opaqueEffects);
    all.add(e);
    return new Catalog(searchPath, schemas, tables, indexes, sequences, views, enums, domains, composites,
        extensionTypes, functions, extensions, comments, history, ranges, all, dropAtCommit);
  }

  // Single-object conveniences.

  public Catalog withTable(Table t) {
    return withTables(tables.with(t.name(), t));
  }

  public Catalog withoutTable(QName n) {
    return withTables(tables.without(n));
  }

  public Catalog withIndex(Index i) {
    return withIndexes(indexes.with(i.name(), i));
  }

  public Catalog withoutIndex(QName n) {
    return withIndexes(indexes.without(n));
  }

  public Catalog withSequence(Sequence s) {
    return withSequences(sequences.with(s.name(), s));
  }

  public Catalog withEnum(EnumType e) {
    return withEnums(enums.with(e.name(), e));
  }

  public Catalog withFunction(Function f) {
    return withFunctions(functions.with(f.signature(), f));
  }

  public Catalog withTombstone(Tombstone t) {
    return withHistory(history.with(t.key(), t));
  }

  /** The temporary table {@code table} is to be dropped at commit ({@code ON COMMIT DROP}), or not. */
  public Catalog withDropAtCommit(QName table, boolean drop) {
    Set<QName> set = new java.util.HashSet<>(dropAtCommit);
    if (!(drop ? set.add(table) : set.remove(table))) {
      return this;
    }
    return new Catalog(searchPath, schemas, tables, indexes, sequences, views, enums, domains, composites,
        extensionTypes, functions, extensions, comments, history, ranges, opaqueEffects, set);
  }

  /**
   * The catalog after COMMIT: enum labels added in the transaction become usable, and the
   * temporary tables created {@code ON COMMIT DROP} are dropped with what depends on them.
   */
  public Catalog commitTransaction() {
    // Runs after nearly every statement: the group finds the few enums to commit without a scan.
    List<EnumType> pending = enums.group(UNCOMMITTED_LABELS)
        .orElseGet(() -> enums.values().stream().filter(e -> !e.uncommitted().isEmpty()).toList());
    PMap<QName, EnumType> m = enums;
    for (EnumType e : pending) {
      m = m.with(e.name(), e.withLabels(e.labels(), Set.of(), e.origin()));
    }
    Catalog out = m == enums ? this : withEnums(m);
    return dropAtCommit.isEmpty() ? out : TemporaryObjects.dropAtCommit(out);
  }

  /**
   * The catalog at the end of the session that ran the migration: every temporary object and the
   * temporary schema itself are gone.
   */
  public Catalog endSession() {
    return TemporaryObjects.endSession(this);
  }
}
