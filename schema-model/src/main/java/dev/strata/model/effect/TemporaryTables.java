package dev.strata.model.effect;

import dev.strata.model.catalog.Origin;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Schema;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.OnCommit;
import dev.strata.model.sql.ast.QualifiedName;
import java.util.Optional;

/**
 * Where {@code CREATE [TEMP] TABLE} puts its table. A temporary table (TEMP, or a name qualified
 * with {@code pg_temp}) goes to the temporary schema {@link QName#PG_TEMP}, which comes into being
 * with its first table; any other schema is an error (42P16), as is {@code ON COMMIT} on a
 * permanent table. The catalog remembers {@code ON COMMIT DROP} so that COMMIT drops the table.
 */
final class TemporaryTables {
  private TemporaryTables() {}

  /** The new table's name; empty after reporting why it cannot be created. */
  static Optional<QName> newTableName(Tx tx, QualifiedName qn, boolean ifNotExists, boolean temporary,
      Optional<OnCommit> onCommit) {
    Optional<Ident> schema = qn.schema();
    boolean inTempSchema = schema.map(s -> s.name().equals(QName.PG_TEMP)).orElse(false);
    if (temporary && schema.isPresent() && !inTempSchema) {
      tx.fail(CatalogProblems.temporaryInPermanentSchema(tx.ctx, schema.get().range()));
      return Optional.empty();
    }
    if (!temporary && !inTempSchema) {
      if (onCommit.isPresent()) {
        tx.fail(CatalogProblems.onCommitWithoutTemporary(tx.ctx, qn.range()));
        return Optional.empty();
      }
      return TableEffects.newRelationName(tx, qn, ifNotExists, "relation");
    }
    if (!tx.cat.schemas().containsKey(QName.PG_TEMP)) {
      tx.cat = tx.cat.withSchemas(tx.cat.schemas().with(QName.PG_TEMP, new Schema(QName.PG_TEMP, Origin.BUILTIN)));
    }
    return TableEffects.available(tx, new QName(QName.PG_TEMP, qn.name()), qn, ifNotExists, "relation");
  }

  /** Records what COMMIT does to the table just created. */
  static void created(Tx tx, QName table, Optional<OnCommit> onCommit) {
    if (table.schema().equals(QName.PG_TEMP)) {
      tx.cat = tx.cat.withDropAtCommit(table, onCommit.filter(OnCommit.DROP::equals).isPresent());
    }
  }
}
