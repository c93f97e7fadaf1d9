package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Sequence;
import dev.strata.model.catalog.SqlType;
import dev.strata.model.catalog.Table;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.SequenceOptions;
import dev.strata.model.sql.ast.Statement;
import java.util.Optional;

/** CREATE/ALTER SEQUENCE, including OWNED BY. */
final class SequenceEffects {
  private SequenceEffects() {}

  static void create(Tx tx, Statement.CreateSequence s) {
    Optional<QName> q = TableEffects.newRelationName(tx, s.name(), s.ifNotExists(), "relation");
    if (q.isEmpty()) {
      return;
    }
    String type = s.options().as().flatMap(t -> TypeResolver.resolve(tx, t)).map(t -> t.format(x -> true))
        .orElse("bigint");
    Sequence seq = withOptions(Sequence.defaults(q.get(), type, tx.origin), s.options(), tx);
    if (tx.ok()) {
      tx.cat = tx.cat.withSequence(seq);
      tx.event(Catalog.objectKey("sequence", q.get()), ObjectEvent.Kind.CREATED, "created");
    }
  }

  static void alter(Tx tx, Statement.AlterSequence s) {
    Optional<QName> q = tx.cat.resolve(tx.cat.sequences(), tx.explicitSchema(s.name()), s.name().name());
    if (q.isEmpty()) {
      if (s.ifExists()) {
        tx.note(CatalogProblems.skipped(tx.ctx, s.name().last().range(), "relation", s.name().name().value(), false));
      } else {
        tx.fail(CatalogProblems.unknownTable(tx.ctx, s.name().last().range(), "sequence", s.name().name().value()));
      }
      return;
    }
    Sequence seq = withOptions(tx.cat.sequences().get(q.get()).orElseThrow(), s.options(), tx);
    if (tx.ok()) {
      tx.cat = tx.cat.withSequence(seq);
      tx.event(Catalog.objectKey("sequence", q.get()), ObjectEvent.Kind.ALTERED, "altered");
    }
  }

  /** The sequence with the options said applied, PostgreSQL's defaults for the rest. */
  static Sequence withOptions(Sequence base, SequenceOptions o, Tx tx) {
    String type = o.as().flatMap(t -> TypeResolver.lookup(tx, t)).map(SqlType::isBuiltin).orElse(false)
        ? o.as().flatMap(t -> TypeResolver.lookup(tx, t)).orElseThrow().format(x -> true) : base.dataType();
    long inc = o.increment().orElse(base.increment());
    boolean typeChanged = !type.equals(base.dataType());
    long min = o.minValue().orElse(typeChanged || inc != base.increment() ? (inc > 0 ? 1 : Sequence.minFor(type))
        : base.min());
    long max = o.maxValue().orElse(typeChanged || inc != base.increment() ? (inc > 0 ? Sequence.maxFor(type) : -1)
        : base.max());
    long start = o.start().orElse(base.origin() == tx.origin ? (inc > 0 ? min : max) : base.start());
    Sequence out = new Sequence(base.name(), type, start, inc, min, max, o.cycle().orElse(base.cycle()),
        base.ownedBy(), tx.origin);
    if (o.ownedByNone()) {
      return out.withOwnedBy(Optional.empty(), tx.origin);
    }
    if (o.ownedBy().isPresent()) {
      return out.withOwnedBy(ownedBy(tx, o.ownedBy().get()), tx.origin);
    }
    return out;
  }

  private static Optional<Sequence.ColumnRef> ownedBy(Tx tx, QualifiedName ref) {
    if (ref.parts().size() < 2) {
      return Optional.empty();
    }
    QualifiedName table = new QualifiedName(ref.parts().subList(0, ref.parts().size() - 1));
    Optional<Table> t = tx.table(table);
    if (t.isEmpty() || !tx.hasColumn(t.get(), ref.last())) {
      return Optional.empty();
    }
    Name col = ref.last().name();
    return Optional.of(new Sequence.ColumnRef(t.get().name(), col));
  }
}
