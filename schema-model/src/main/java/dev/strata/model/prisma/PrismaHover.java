package dev.strata.model.prisma;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.analysis.Hover;
import dev.strata.model.analysis.HoverResult;
import dev.strata.model.analysis.SymbolKind;
import dev.strata.model.analysis.SymbolRef;
import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Origin;
import dev.strata.model.catalog.Table;
import dev.strata.model.text.FileId;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.TextRange;
import java.util.Optional;

/**
 * Hover in a Prisma schema: on a model name, the table it maps to as the migration history leaves
 * it; on a scalar field name, that column; on an enum name, that type. The text is the one a hover
 * in the last migration shows ({@link Hover#afterHistory}), so a model the history lacks reads
 * "does not exist after ...". The mapping (schemas, {@code @@map}, {@code @map}) is the one
 * {@link PrismaCatalog} applies: an object is found by the schema range its origin records.
 */
public final class PrismaHover {
  private PrismaHover() {}

  /** Empty outside model, field and enum names, on relation fields and for an empty history. */
  public static Optional<HoverResult> at(PrismaSchema schema, Analysis history, FileId file, int offset) {
    return at(schema, PrismaCatalog.of(schema), history, file, offset);
  }

  /** As {@link #at(PrismaSchema, Analysis, FileId, int)} with the schema's catalog already built. */
  public static Optional<HoverResult> at(PrismaSchema schema, Catalog prisma, Analysis history, FileId file,
      int offset) {
    for (PrismaModel m : schema.models()) {
      if (!m.file().equals(file) || m.view() || !m.range().touches(offset)) {
        continue;
      }
      Optional<Table> table = prisma.tables().values().stream()
          .filter(t -> at(t.origin(), file, m.nameRange())).findFirst();
      if (m.nameRange().touches(offset)) {
        return table.flatMap(t -> Hover.afterHistory(history, SymbolRef.of(SymbolKind.TABLE, t.name()), m.nameRange()));
      }
      for (PrismaField f : m.fields()) {
        if (f.nameRange().touches(offset)) {
          return table.flatMap(t -> column(t, file, f)).flatMap(c -> Hover.afterHistory(history,
              SymbolRef.member(SymbolKind.COLUMN, table.get().name(), c.name()), f.nameRange()));
        }
      }
    }
    for (PrismaEnum e : schema.enums()) {
      if (e.file().equals(file) && e.nameRange().touches(offset)) {
        return prisma.enums().values().stream().filter(t -> at(t.origin(), file, e.nameRange())).findFirst()
            .flatMap(t -> Hover.afterHistory(history, SymbolRef.of(SymbolKind.TYPE, t.name()), e.nameRange()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Column> column(Table t, FileId file, PrismaField f) {
    return t.columns().stream().filter(c -> at(c.origin(), file, f.range())).findFirst();
  }

  private static boolean at(Origin o, FileId file, TextRange range) {
    return PrismaCatalog.ORIGIN.equals(o.migration()) && o.location().equals(new FileRange(file, range));
  }
}
