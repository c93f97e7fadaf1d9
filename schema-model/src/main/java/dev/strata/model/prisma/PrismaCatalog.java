package dev.strata.model.prisma;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.EnumType;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Origin;
import dev.strata.model.catalog.PMap;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import dev.strata.model.effect.ApplyContext;
import dev.strata.model.effect.Effects;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.SqlParser;
import dev.strata.model.text.FileId;
import dev.strata.model.text.FileRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL catalog Prisma would create from a schema: {@link PrismaDdl}'s statements applied
 * to an empty database by our own engine (so types and defaults read exactly as for migrations),
 * with every object's {@link Origin} moved to the model, field or attribute it comes from. Drift
 * reports point there.
 */
public final class PrismaCatalog {
  /** The migration label of origins in a schema-built catalog. */
  public static final String ORIGIN = "schema.prisma";

  private PrismaCatalog() {}

  public static Catalog of(PrismaSchema schema) {
    PrismaDdl.Script script = PrismaDdl.of(schema);
    Catalog cat = Catalog.empty();
    FileId scratch = new FileId("<prisma-ddl>");
    for (PrismaDdl.Stmt s : script.statements()) {
      for (ParsedStatement ps : SqlParser.parse(s.sql())) {
        cat = Effects.apply(cat, ps.statement(), new ApplyContext(scratch, ORIGIN, s.sql(), true)).after();
      }
    }
    return relocate(cat.commitTransaction(), script.locations());
  }

  private static Catalog relocate(Catalog cat, Map<String, FileRange> at) {
    PMap<QName, Table> tables = cat.tables();
    for (Table t : cat.tables().values()) {
      List<Column> cols = new ArrayList<>();
      for (Column c : t.columns()) {
        cols.add(c.withName(c.name(), origin(at, PrismaDdl.columnKey(t.name(), c.name()), c.origin())));
      }
      List<Constraint> cons = new ArrayList<>();
      for (Constraint c : t.constraints()) {
        cons.add(c.withName(c.name(), origin(at, PrismaDdl.constraintKey(t.name(), c.name()), c.origin())));
      }
      Origin o = origin(at, PrismaDdl.tableKey(t.name()), t.origin());
      tables = tables.with(t.name(), t.withColumns(cols, o).withConstraints(cons, o));
    }
    PMap<QName, Index> indexes = cat.indexes();
    for (Index i : cat.indexes().values()) {
      indexes = indexes.with(i.name(), i.withName(i.name(), origin(at, PrismaDdl.indexKey(i.name()), i.origin())));
    }
    PMap<QName, EnumType> enums = cat.enums();
    for (EnumType e : cat.enums().values()) {
      enums = enums.with(e.name(), e.withName(e.name(), origin(at, PrismaDdl.enumKey(e.name()), e.origin())));
    }
    return cat.withTables(tables).withIndexes(indexes).withEnums(enums);
  }

  private static Origin origin(Map<String, FileRange> at, String key, Origin fallback) {
    FileRange r = at.get(key);
    return r == null ? fallback : new Origin(r.file(), r.range(), ORIGIN);
  }
}
