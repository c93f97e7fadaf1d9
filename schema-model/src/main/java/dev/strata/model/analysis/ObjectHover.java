package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.EnumType;
import dev.strata.model.catalog.Function;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Origin;
import dev.strata.model.catalog.Sequence;
import dev.strata.model.catalog.Tombstone;
import dev.strata.model.catalog.View;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Hover text for every object kind but tables and columns: the essentials and the origin. */
final class ObjectHover {
  private ObjectHover() {}

  static String describe(SymbolIndex idx, SymbolRef ref, Occurrence at, Catalog c) {
    Optional<String> body = body(idx, ref, at, c);
    if (body.isEmpty()) {
      return missing(idx, ref, at, c);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("**").append(ref.kind().label()).append("** `").append(ref.display()).append("` ")
        .append(Hover.point(idx, at)).append("\n\n").append(body.get());
    List<SymbolIndex.Event> events = idx.eventsOf(at.identity());
    if (!events.isEmpty()) {
      sb.append("\n**History**\n");
      TableHover.historyLines(idx, at, ref.kind().label(), events).forEach(l -> sb.append("- ").append(l).append('\n'));
    }
    return sb.toString();
  }

  private static Optional<String> body(SymbolIndex idx, SymbolRef ref, Occurrence at, Catalog c) {
    switch (ref.kind()) {
      case VIEW:
        return c.views().get(ref.object()).map(v -> view(idx, v));
      case SEQUENCE:
        return c.sequences().get(ref.object()).map(s -> sequence(idx, s));
      case INDEX:
        return c.index(ref.object()).map(i -> indexShape(i) + "\n\n" + origin(idx, i.origin()));
      case TYPE:
        return type(idx, ref, at, c);
      case ENUM_LABEL:
        return c.enums().get(ref.object()).filter(e -> e.labels().contains(ref.simpleName().value()))
            .map(e -> enumLabel(idx, e, ref, at));
      case CONSTRAINT:
        return c.table(ref.object()).flatMap(t -> t.constraint(ref.simpleName()))
            .map(k -> "on table `" + ref.object().name().value() + "`: " + constraintShape(k) + "\n\n"
                + origin(idx, k.origin()));
      case FUNCTION:
        return function(idx, c.functionsNamed(ref.object()));
      case SCHEMA:
        return c.schemas().get(ref.object().name()).map(s -> origin(idx, s.origin()));
      case EXTENSION:
        return c.extensions().get(ref.object().name()).map(e -> "objects in schema `" + e.schema().value() + "`\n\n"
            + origin(idx, e.origin()));
      default:
        return Optional.empty();
    }
  }

  static String origin(SymbolIndex idx, Origin o) {
    return o.isBuiltin() ? "built in" : "last changed in " + Links.to(idx, o);
  }

  private static String view(SymbolIndex idx, View v) {
    String cols = v.columns().isEmpty() ? "" : "columns: " + names(v.columns()) + "\n\n";
    String def = v.definition().length() > 400 ? v.definition().substring(0, 400) + " …" : v.definition();
    return (v.materialized() ? "materialized view\n\n" : "") + cols + "```sql\n" + def.strip() + "\n```\n\n"
        + origin(idx, v.origin());
  }

  private static String sequence(SymbolIndex idx, Sequence s) {
    return "`" + s.dataType() + "`, start " + s.start() + ", increment " + s.increment()
        + s.ownedBy().map(o -> ", owned by `" + o.table().name().value() + "." + o.column().value() + "`").orElse("")
        + "\n\n" + origin(idx, s.origin());
  }

  private static Optional<String> type(SymbolIndex idx, SymbolRef ref, Occurrence at, Catalog c) {
    Optional<EnumType> e = c.enums().get(ref.object());
    if (e.isPresent()) {
      StringBuilder sb = new StringBuilder("enum, labels in order:\n\n");
      for (String label : e.get().labels()) {
        SymbolRef l = SymbolRef.member(SymbolKind.ENUM_LABEL, ref.object(), Name.of(label));
        sb.append("- `'").append(label).append("'`")
            .append(TableHover.added(idx, l.key(), at).map(o -> " — added in " + Links.to(idx, o)).orElse(""))
            .append('\n');
      }
      return Optional.of(sb.toString());
    }
    Optional<String> domain = c.domains().get(ref.object()).map(d -> "domain over `"
        + d.baseType().format(c::typeVisible) + "`" + (d.notNull() ? " NOT NULL" : "")
        + d.defaultExpr().map(x -> ", default `" + x + "`").orElse("")
        + (d.checks().isEmpty() ? "" : ", CHECK " + String.join(", ", d.checks())) + "\n\n" + origin(idx, d.origin()));
    if (domain.isPresent()) {
      return domain;
    }
    return c.composites().get(ref.object()).map(t -> "composite type\n\n" + origin(idx, t.origin()));
  }

  private static String enumLabel(SymbolIndex idx, EnumType e, SymbolRef ref, Occurrence at) {
    int pos = e.labels().indexOf(ref.simpleName().value()) + 1;
    return "label " + pos + " of " + e.labels().size() + " of enum `" + e.name().name().value() + "`"
        + (e.uncommitted().contains(ref.simpleName().value()) ? " (added in this transaction: not usable yet)" : "")
        + TableHover.added(idx, ref.key(), at).map(o -> "\n\nadded in " + Links.to(idx, o)).orElse("") + "\n";
  }

  private static Optional<String> function(SymbolIndex idx, List<Function> overloads) {
    if (overloads.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder();
    for (Function f : overloads) {
      sb.append("- `").append(f.name().name().value()).append('(').append(String.join(", ", f.argTypes()))
          .append(")` ").append(f.procedure() ? "procedure" : "returns `" + f.returns() + "`")
          .append(", language ").append(f.language()).append(" — ").append(origin(idx, f.origin())).append('\n');
    }
    return Optional.of(sb.toString());
  }

  static String indexShape(Index i) {
    String keys = i.keys().stream().map(Index.Key::display).collect(Collectors.joining(", "));
    return (i.unique() ? "UNIQUE " : "") + i.method() + " (" + keys + ")"
        + (i.include().isEmpty() ? "" : " INCLUDE (" + names(i.include()) + ")")
        + i.predicate().map(p -> " WHERE " + p).orElse("") + (i.valid() ? "" : " — INVALID")
        + " on `" + i.table().name().value() + "`";
  }

  static String constraintShape(Constraint k) {
    String cols = k.columns().isEmpty() ? "" : " (" + names(k.columns()) + ")";
    String s = k.kind().name().replace('_', ' ') + cols;
    if (k.references().isPresent()) {
      Constraint.ForeignKey fk = k.references().get();
      s += " → `" + fk.table().name().value() + "`" + (fk.columns().isEmpty() ? "" : " (" + names(fk.columns()) + ")");
      s += fk.onDelete().equals("a") ? "" : " ON DELETE " + action(fk.onDelete());
    }
    s += k.expression().map(e -> " " + e).orElse("");
    return s + (k.validated() ? "" : " NOT VALID");
  }

  private static String action(String code) {
    switch (code) {
      case "c":
        return "CASCADE";
      case "n":
        return "SET NULL";
      case "d":
        return "SET DEFAULT";
      case "r":
        return "RESTRICT";
      default:
        return "NO ACTION";
    }
  }

  static String names(List<Name> names) {
    return names.stream().map(Name::sql).collect(Collectors.joining(", "));
  }

  /** For a name that denotes nothing at this point: say so, and where it went if history knows. */
  static String missing(SymbolIndex idx, SymbolRef ref, Occurrence at, Catalog c) {
    StringBuilder sb = new StringBuilder();
    sb.append("**").append(ref.kind().label()).append("** `").append(ref.display())
        .append("` does not exist ").append(Hover.point(idx, at));
    Optional<Tombstone> t = c.tombstone(ref.key());
    t.filter(x -> !x.gone().isBuiltin()).ifPresent(x -> sb.append("\n\nIt was ")
        .append(x.fate() == Tombstone.Fate.DROPPED ? "dropped" : "renamed to `" + x.newName() + "`")
        .append(" in ").append(Links.to(idx, x.gone())).append('.'));
    return sb.toString();
  }
}
