package dev.strata.model.effect;

import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Naming;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Sequence;
import dev.strata.model.catalog.SqlType;
import dev.strata.model.sql.ast.ColumnDef;
import dev.strata.model.sql.ast.Expr;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.SequenceOptions;
import java.util.Optional;

/**
 * Builds a {@link Column} from its definition: resolves the type, expands serial into an owned
 * sequence plus {@code nextval} default, creates identity sequences, and prints the default as
 * pg_get_expr would. Sequences go straight into {@code tx.cat}.
 */
final class ColumnFactory {
  private ColumnFactory() {}

  static Optional<Column> build(Tx tx, QName table, ColumnDef def) {
    Optional<SqlType> type = TypeResolver.resolve(tx, def.type());
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Column c = new Column(def.name().name(), type.get(), def.notNull(), Optional.empty(), Optional.empty(),
        def.generatedStored().map(Expr::text), def.collation().map(Ident::name), tx.origin);
    if (TypeResolver.isSerial(def.type())) {
      Sequence seq = ownedSequence(tx, table, c, SequenceOptions.NONE);
      String regclass = DefaultDeparser.regclass(seq.name().sql(), tx.cat);
      c = c.withNotNull(true, tx.origin).withDefault(Optional.of("nextval(" + DefaultDeparser.quote(regclass)
          + "::regclass)"), tx.origin);
    }
    if (def.identity().isPresent()) {
      ColumnDef.Identity id = def.identity().get();
      ownedSequence(tx, table, c, id.options());
      c = c.withNotNull(true, tx.origin).withIdentity(Optional.of(id.always() ? 'a' : 'd'), tx.origin);
    }
    if (def.defaultValue().isPresent()) {
      Optional<String> d = defaultFor(tx, def.defaultValue().get(), c.type());
      if (tx.failed()) {
        return Optional.empty();
      }
      c = c.withDefault(d, tx.origin);
    }
    return Optional.of(c);
  }

  /** The printed default, after checking enum literals in it; empty for DEFAULT NULL. */
  static Optional<String> defaultFor(Tx tx, Expr value, SqlType type) {
    EnumLiterals.check(tx, value, type);
    return DefaultDeparser.deparse(value.tokens(), type, tx.cat);
  }

  /** Creates {@code <table>_<col>_seq} (numbered on collision) owned by the column. */
  static Sequence ownedSequence(Tx tx, QName table, Column c, SequenceOptions opts) {
    Name name = Naming.chooseName(table.name().value(), c.name().value(), "seq",
        tx.cat.relationNames(table.schema()));
    String dataType = c.type().format(q -> true);
    Sequence seq = SequenceEffects.withOptions(Sequence.defaults(new QName(table.schema(), name), dataType, tx.origin),
        opts, tx);
    seq = seq.withOwnedBy(Optional.of(new Sequence.ColumnRef(table, c.name())), tx.origin);
    tx.cat = tx.cat.withSequence(seq);
    tx.event(dev.strata.model.catalog.Catalog.objectKey("sequence", seq.name()), ObjectEvent.Kind.CREATED,
        "owned by " + table.key() + "." + c.name().value());
    return seq;
  }
}
