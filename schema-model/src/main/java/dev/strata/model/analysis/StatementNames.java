package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.sql.ast.ColumnDef;
import dev.strata.model.sql.ast.FunctionArg;
import dev.strata.model.sql.ast.FunctionRef;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.IndexElem;
import dev.strata.model.sql.ast.ObjectKind;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.StringLit;
import dev.strata.model.sql.ast.TableConstraint;
import dev.strata.model.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every schema-object name one statement writes, classified and resolved: DDL through the AST
 * (every identifier has its range), DML and embedded queries through the DML resolver. Names are
 * resolved against the catalog before the statement, names it creates against the one after.
 */
final class StatementNames {
  final Catalog before;
  final Catalog after;
  final String sql;
  final List<Found> out = new ArrayList<>();

  private StatementNames(Catalog before, Catalog after, String sql) {
    this.before = before;
    this.after = after;
    this.sql = sql;
  }

  static List<Found> find(StatementResult s, String sql) {
    StatementNames n = new StatementNames(s.before(), s.after(), sql);
    try {
      n.statement(s.parsed().statement());
    } catch (RuntimeException e) {
      // A statement shape not anticipated: keep what was found so far rather than fail an editor request.
    }
    return n.out;
  }

  private void statement(Statement s) {
    if (s instanceof Statement.CreateTable ct) {
      createTable(ct);
    } else if (s instanceof Statement.AlterTable at) {
      AlterTableNames.find(this, at);
    } else if (s instanceof Statement.CreateIndex ci) {
      createIndex(ci);
    } else if (s instanceof Statement.Drop d) {
      d.names().forEach(qn -> objectOfKind(d.kind(), qn, false));
    } else if (s instanceof Statement.Rename r) {
      objectOfKind(r.kind(), r.name(), false);
      NameResolution.ofKind(after, r.kind(), QualifiedName.of(r.newName()))
          .map(ref -> new SymbolRef(ref.kind(), renamed(r), ref.member()))
          .ifPresent(ref -> out.add(Found.def(ref, r.newName().range())));
    } else if (!types(s) && !objects(s)) {
      queries(s);
    }
  }

  private QName renamed(Statement.Rename r) {
    QName old = NameResolution.ofKind(before, r.kind(), r.name()).map(SymbolRef::object)
        .orElseGet(() -> NameResolution.fallback(before, r.name()));
    return r.kind() == ObjectKind.SCHEMA ? new QName(r.newName().name(), r.newName().name())
        : old.withName(r.newName().name());
  }

  private void createTable(Statement.CreateTable ct) {
    QName t = NameResolution.fallback(before, ct.name());
    schemaPart(ct.name());
    out.add(Found.def(SymbolRef.of(SymbolKind.TABLE, t), ct.name().last().range()));
    for (ColumnDef c : ct.columns()) {
      columnDef(t, c);
    }
    ct.constraints().forEach(k -> constraint(t, k));
    ct.likes().forEach(l -> relation(l.source()));
    ct.inherits().forEach(this::relation);
    ct.partitionOf().ifPresent(this::relation);
  }

  void columnDef(QName table, ColumnDef c) {
    out.add(Found.def(SymbolRef.member(SymbolKind.COLUMN, table, c.name().name()), c.name().range()));
    type(c.type(), true);
    for (TableConstraint k : c.constraints()) {
      constraint(table, k);
    }
  }

  void constraint(QName table, TableConstraint k) {
    k.name().ifPresent(n -> out.add(Found.def(SymbolRef.member(SymbolKind.CONSTRAINT, table, n.name()), n.range())));
    if (!k.inline()) {
      k.columns().forEach(c -> column(table, c, true));
    }
    k.include().forEach(c -> column(table, c, true));
    k.references().ifPresent(fk -> {
      Catalog c = after.table(after.resolve(after.tables(), NameResolution.schemaOf(fk.table()), fk.table().name())
          .orElse(table)).isPresent() ? after : before;
      SymbolRef target = NameResolution.table(c, fk.table());
      schemaPart(fk.table());
      out.add(new Found(target, fk.table().last().range(), Occurrence.Role.REFERENCE, c == after));
      fk.columns().forEach(col -> out.add(new Found(SymbolRef.member(SymbolKind.COLUMN, target.object(), col.name()),
          col.range(), Occurrence.Role.REFERENCE, c == after)));
    });
  }

  /** A column of {@code table} named by {@code id}, resolved before or after the statement. */
  void column(QName table, Ident id, boolean afterStatement) {
    out.add(new Found(SymbolRef.member(SymbolKind.COLUMN, table, id.name()), id.range(), Occurrence.Role.REFERENCE,
        afterStatement));
  }

  void type(TypeName t, boolean afterStatement) {
    Catalog c = afterStatement ? after : before;
    NameResolution.userType(c, t).ifPresent(ref -> {
      schemaPart(t.name());
      out.add(new Found(ref, t.name().last().range(), Occurrence.Role.REFERENCE, afterStatement));
    });
  }

  void relation(QualifiedName qn) {
    schemaPart(qn);
    out.add(Found.ref(NameResolution.relation(before, qn), qn.last().range()));
  }

  void schemaPart(QualifiedName qn) {
    qn.schema().ifPresent(s -> out.add(Found.ref(SymbolRef.schema(s.name()), s.range())));
  }

  private void createIndex(Statement.CreateIndex ci) {
    SymbolRef table = NameResolution.relation(before, ci.table());
    schemaPart(ci.table());
    out.add(Found.ref(table, ci.table().last().range()));
    ci.name().ifPresent(n -> out.add(Found.def(SymbolRef.of(SymbolKind.INDEX, table.object().withName(n.name())),
        n.range())));
    for (IndexElem e : ci.elements()) {
      e.column().ifPresent(c -> column(table.object(), c, false));
    }
    ci.include().forEach(c -> column(table.object(), c, false));
  }

  private void objectOfKind(ObjectKind kind, QualifiedName qn, boolean afterStatement) {
    NameResolution.ofKind(afterStatement ? after : before, kind, qn).ifPresent(ref -> {
      if (kind != ObjectKind.SCHEMA && kind != ObjectKind.EXTENSION) {
        schemaPart(qn);
      }
      out.add(new Found(ref, qn.last().range(), Occurrence.Role.REFERENCE, afterStatement));
    });
  }

  private boolean types(Statement s) {
    if (s instanceof Statement.CreateEnum e) {
      SymbolRef type = SymbolRef.of(SymbolKind.TYPE, NameResolution.fallback(before, e.name()));
      schemaPart(e.name());
      out.add(Found.def(type, e.name().last().range()));
      e.labels().forEach(l -> label(type.object(), l, true));
    } else if (s instanceof Statement.AlterEnumAddValue a) {
      SymbolRef type = typeRef(a.name());
      label(type.object(), a.label(), true);
      a.neighbor().ifPresent(l -> label(type.object(), l, false));
    } else if (s instanceof Statement.AlterEnumRenameValue a) {
      SymbolRef type = typeRef(a.name());
      label(type.object(), a.from(), false);
      label(type.object(), a.to(), true);
    } else if (s instanceof Statement.CreateCompositeType c) {
      out.add(Found.def(SymbolRef.of(SymbolKind.TYPE, NameResolution.fallback(before, c.name())),
          c.name().last().range()));
      c.attributes().forEach(a -> type(a.type(), true));
    } else if (s instanceof Statement.CreateDomain d) {
      out.add(Found.def(SymbolRef.of(SymbolKind.TYPE, NameResolution.fallback(before, d.name())),
          d.name().last().range()));
      type(d.baseType(), false);
    } else {
      return false;
    }
    return true;
  }

  private SymbolRef typeRef(QualifiedName qn) {
    SymbolRef type = NameResolution.type(before, qn);
    schemaPart(qn);
    out.add(Found.ref(type, qn.last().range()));
    return type;
  }

  private void label(QName type, StringLit l, boolean defines) {
    SymbolRef ref = SymbolRef.member(SymbolKind.ENUM_LABEL, type, Name.of(l.value()));
    out.add(defines ? Found.def(ref, l.range()) : Found.ref(ref, l.range()));
  }

  private boolean objects(Statement s) {
    if (s instanceof Statement.CreateSequence cs) {
      out.add(Found.def(SymbolRef.of(SymbolKind.SEQUENCE, NameResolution.fallback(before, cs.name())),
          cs.name().last().range()));
    } else if (s instanceof Statement.AlterSequence as) {
      objectOfKind(ObjectKind.SEQUENCE, as.name(), false);
    } else if (s instanceof Statement.CreateFunction f) {
      out.add(Found.def(SymbolRef.of(SymbolKind.FUNCTION, NameResolution.fallback(before, f.name())),
          f.name().last().range()));
      for (FunctionArg a : f.args()) {
        type(a.type(), false);
      }
      f.returns().ifPresent(t -> type(t, false));
    } else if (s instanceof Statement.DropRoutine d) {
      for (FunctionRef r : d.routines()) {
        out.add(Found.ref(NameResolution.function(before, r.name()), r.name().last().range()));
      }
    } else if (s instanceof Statement.CreateTrigger t) {
      relation(t.table());
      out.add(Found.ref(NameResolution.function(before, t.function().name()), t.function().name().last().range()));
    } else if (s instanceof Statement.DropOnTable d) {
      relation(d.table());
    } else if (s instanceof Statement.CreateSchema cs) {
      out.add(Found.def(SymbolRef.schema(cs.name().name()), cs.name().range()));
    } else if (s instanceof Statement.CreateExtension ce) {
      out.add(Found.def(SymbolRef.of(SymbolKind.EXTENSION, new QName(ce.name().name(), ce.name().name())),
          ce.name().range()));
    } else if (s instanceof Statement.Comment c) {
      comment(c);
    } else if (s instanceof Statement.NoEffect ne) {
      ne.target().ifPresent(this::relation);
    } else if (s instanceof Statement.SetObjectSchema so) {
      objectOfKind(so.kind(), so.name(), false);
    } else {
      return false;
    }
    return true;
  }

  private void comment(Statement.Comment c) {
    if (c.kind() == ObjectKind.COLUMN) {
      SymbolRef t = NameResolution.relation(before, c.target());
      out.add(Found.ref(t, c.target().last().range()));
      c.column().ifPresent(col -> column(t.object(), col, false));
    } else {
      objectOfKind(c.kind(), c.target(), false);
    }
  }

  private void queries(Statement s) {
    if (s instanceof Statement.CreateView v) {
      out.add(Found.def(SymbolRef.of(SymbolKind.VIEW, NameResolution.fallback(before, v.name())),
          v.name().last().range()));
      out.addAll(DmlNames.find(before, sql, v.query().range()));
    } else if (s instanceof Statement.CreateTableAs t) {
      out.add(Found.def(SymbolRef.of(SymbolKind.TABLE, NameResolution.fallback(before, t.name())),
          t.name().last().range()));
      out.addAll(DmlNames.find(before, sql, t.query().range()));
    } else if (s instanceof Statement.Dml d && DmlNames.resolvable(d.kind())) {
      out.addAll(DmlNames.find(before, sql, d.body().range()));
      casts(d.body().tokens());
    }
  }

  /** {@code ::type} casts in a query: the DML resolver does not report types, the tokens do. */
  private void casts(List<dev.strata.model.sql.Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).is(dev.strata.model.sql.TokenKind.CAST)
          || !CompletionContext.isWordLike(tokens.get(i + 1))) {
        continue;
      }
      dev.strata.model.sql.Token first = tokens.get(i + 1);
      Optional<Name> schema = Optional.empty();
      dev.strata.model.sql.Token last = first;
      if (i + 3 < tokens.size() && tokens.get(i + 2).is(dev.strata.model.sql.TokenKind.DOT)
          && CompletionContext.isWordLike(tokens.get(i + 3))) {
        schema = Optional.of(ScopeTables.name(first));
        last = tokens.get(i + 3);
      }
      Optional<QName> q = before.resolveType(schema, ScopeTables.name(last));
      if (q.isPresent() && !before.tables().containsKey(q.get()) && !before.views().containsKey(q.get())) {
        out.add(Found.ref(SymbolRef.of(SymbolKind.TYPE, q.get()), last.range()));
      }
    }
  }
}
