package dev.strata.model.sql.ast;

import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * A parsed statement. DDL is parsed by our own parser with exact ranges on every name; DML and
 * embedded queries are kept as text ({@link Dml}, {@link Expr}) for JSqlParser. Every statement's
 * {@code range} covers it from its first token to its semicolon.
 */
public sealed interface Statement {
  TextRange range();

  record CreateTable(
      QualifiedName name,
      boolean ifNotExists,
      String persistence,
      List<ColumnDef> columns,
      List<TableConstraint> constraints,
      List<Like> likes,
      Optional<QualifiedName> partitionOf,
      Optional<String> partitionBy,
      List<QualifiedName> inherits,
      TextRange range,
      Optional<OnCommit> onCommit) implements Statement {
    public CreateTable {
      columns = List.copyOf(columns);
      constraints = List.copyOf(constraints);
      likes = List.copyOf(likes);
      inherits = List.copyOf(inherits);
    }

    /** A table without an {@code ON COMMIT} clause. */
    public CreateTable(QualifiedName name, boolean ifNotExists, String persistence, List<ColumnDef> columns,
        List<TableConstraint> constraints, List<Like> likes, Optional<QualifiedName> partitionOf,
        Optional<String> partitionBy, List<QualifiedName> inherits, TextRange range) {
      this(name, ifNotExists, persistence, columns, constraints, likes, partitionOf, partitionBy, inherits, range,
          Optional.empty());
    }

    /** {@code CREATE TEMP[ORARY] TABLE}: {@code persistence} is {@code t}. */
    public boolean temporary() {
      return "t".equals(persistence);
    }

    /** {@code LIKE source INCLUDING/EXCLUDING ...}; {@code including} holds the upper-case option words. */
    public record Like(QualifiedName source, List<String> including, List<String> excluding, TextRange range) {}
  }

  /**
   * {@code CREATE [TEMP | UNLOGGED] TABLE name [(cols)] [ON COMMIT ...] AS query [WITH [NO] DATA]};
   * {@code persistence} is pg_class.relpersistence as for {@link CreateTable}.
   */
  record CreateTableAs(QualifiedName name, boolean ifNotExists, List<Ident> columnNames, Expr query, TextRange range,
      String persistence, Optional<OnCommit> onCommit) implements Statement {

    /** A permanent table. */
    public CreateTableAs(QualifiedName name, boolean ifNotExists, List<Ident> columnNames, Expr query,
        TextRange range) {
      this(name, ifNotExists, columnNames, query, range, "p", Optional.empty());
    }

    public boolean temporary() {
      return "t".equals(persistence);
    }
  }

  record AlterTable(QualifiedName name, boolean ifExists, boolean only, List<AlterAction> actions, TextRange range)
      implements Statement {
    public AlterTable {
      actions = List.copyOf(actions);
    }

    /** The actions of one kind, in order (a loop: every rule asks, for every ALTER TABLE). */
    public <T extends AlterAction> List<T> actions(Class<T> type) {
      List<T> out = null;
      for (AlterAction a : actions) {
        if (type.isInstance(a)) {
          if (out == null) {
            out = new java.util.ArrayList<>(actions.size());
          }
          out.add(type.cast(a));
        }
      }
      return out == null ? List.of() : java.util.Collections.unmodifiableList(out);
    }
  }

  /** DROP TABLE/VIEW/MATERIALIZED VIEW/INDEX/SEQUENCE/TYPE/DOMAIN/SCHEMA/EXTENSION of plain names. */
  record Drop(ObjectKind kind, List<QualifiedName> names, boolean ifExists, boolean cascade, boolean concurrently,
      TextRange range) implements Statement {
    public Drop {
      names = List.copyOf(names);
    }
  }

  record DropRoutine(ObjectKind kind, List<FunctionRef> routines, boolean ifExists, boolean cascade, TextRange range)
      implements Statement {
    public DropRoutine {
      routines = List.copyOf(routines);
    }
  }

  /** DROP TRIGGER/POLICY/RULE name ON table. */
  record DropOnTable(ObjectKind kind, Ident name, QualifiedName table, boolean ifExists, boolean cascade,
      TextRange range) implements Statement {}

  /** ALTER INDEX/SEQUENCE/VIEW/MATERIALIZED VIEW/TYPE/DOMAIN/SCHEMA ... RENAME TO. */
  record Rename(ObjectKind kind, QualifiedName name, Ident newName, boolean ifExists, TextRange range)
      implements Statement {}

  /** ALTER TRIGGER name ON table RENAME TO new. */
  record RenameOnTable(ObjectKind kind, Ident name, QualifiedName table, Ident newName, TextRange range)
      implements Statement {}

  /** ALTER TYPE/SEQUENCE/VIEW/FUNCTION ... SET SCHEMA. */
  record SetObjectSchema(ObjectKind kind, QualifiedName name, Ident schema, boolean ifExists, TextRange range)
      implements Statement {}

  record CreateIndex(
      Optional<Ident> name,
      QualifiedName table,
      boolean unique,
      boolean concurrently,
      boolean ifNotExists,
      boolean only,
      Optional<Ident> method,
      List<IndexElem> elements,
      List<Ident> include,
      boolean nullsNotDistinct,
      Optional<Expr> where,
      TextRange range) implements Statement {
    public CreateIndex {
      elements = List.copyOf(elements);
      include = List.copyOf(include);
    }
  }

  record CreateEnum(QualifiedName name, List<StringLit> labels, TextRange range) implements Statement {
    public CreateEnum {
      labels = List.copyOf(labels);
    }
  }

  /** {@code ALTER TYPE name ADD VALUE [IF NOT EXISTS] 'label' [BEFORE|AFTER 'neighbor']}. */
  record AlterEnumAddValue(QualifiedName name, StringLit label, boolean ifNotExists, Optional<Boolean> before,
      Optional<StringLit> neighbor, TextRange range) implements Statement {}

  record AlterEnumRenameValue(QualifiedName name, StringLit from, StringLit to, TextRange range) implements Statement {}

  record CreateCompositeType(QualifiedName name, List<ColumnDef> attributes, TextRange range) implements Statement {
    public CreateCompositeType {
      attributes = List.copyOf(attributes);
    }
  }

  /**
   * {@code CREATE TYPE name AS RANGE (SUBTYPE = type [, ...] [, MULTIRANGE_TYPE_NAME = name])}; the
   * other options (opclass, collation, canonical, subtype_diff) do not change the schema we model.
   */
  record CreateRangeType(QualifiedName name, TypeName subtype, Optional<QualifiedName> multirangeName,
      TextRange range) implements Statement {}

  record CreateDomain(QualifiedName name, TypeName baseType, boolean notNull, Optional<Expr> defaultValue,
      List<TableConstraint> checks, TextRange range) implements Statement {
    public CreateDomain {
      checks = List.copyOf(checks);
    }
  }

  record CreateSequence(QualifiedName name, boolean ifNotExists, SequenceOptions options, TextRange range)
      implements Statement {}

  record AlterSequence(QualifiedName name, boolean ifExists, SequenceOptions options, TextRange range)
      implements Statement {}

  record CreateView(QualifiedName name, boolean orReplace, boolean materialized, boolean ifNotExists,
      List<Ident> columnNames, Expr query, TextRange range) implements Statement {
    public CreateView {
      columnNames = List.copyOf(columnNames);
    }
  }

  record CreateFunction(QualifiedName name, boolean orReplace, boolean procedure, List<FunctionArg> args,
      Optional<TypeName> returns, boolean returnsTable, String language, Optional<Expr> body, TextRange range)
      implements Statement {
    public CreateFunction {
      args = List.copyOf(args);
    }
  }

  record CreateTrigger(Ident name, boolean orReplace, QualifiedName table, FunctionRef function, String timing,
      List<String> events, TextRange range) implements Statement {
    public CreateTrigger {
      events = List.copyOf(events);
    }
  }

  record CreateSchema(Ident name, boolean ifNotExists, TextRange range) implements Statement {}

  record CreateExtension(Ident name, boolean ifNotExists, Optional<Ident> schema, TextRange range)
      implements Statement {}

  /** COMMENT ON kind target IS 'text' | NULL; for COLUMN, {@code target} is the table and {@code column} is set. */
  record Comment(ObjectKind kind, QualifiedName target, Optional<Ident> column, Optional<Ident> onTable,
      Optional<String> text, TextRange range) implements Statement {}

  /** SET [LOCAL|SESSION] name = value(s), and RESET. {@code values} are folded words or string values. */
  record SetVariable(String variable, List<String> values, boolean local, boolean reset, TextRange range)
      implements Statement {
    public SetVariable {
      values = List.copyOf(values);
    }
  }

  record Transaction(TransactionKind kind, TextRange range) implements Statement {}

  enum TransactionKind { BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE, ROLLBACK_TO }

  /** INSERT, UPDATE, DELETE, SELECT, MERGE, WITH, VALUES, TRUNCATE, COPY: checked through JSqlParser. */
  record Dml(DmlKind kind, Expr body, TextRange range) implements Statement {}

  enum DmlKind { SELECT, INSERT, UPDATE, DELETE, MERGE, TRUNCATE, COPY, OTHER }

  /** {@code DO $$ ... $$}: procedural code PostgreSQL runs but does not analyse ahead; neither do we. */
  record DoBlock(Expr body, TextRange range) implements Statement {}

  /**
   * A statement understood and deliberately without schema effect in our model (GRANT, REVOKE,
   * ALTER ... OWNER TO, LOCK, ANALYZE, VACUUM, CREATE POLICY, REFRESH MATERIALIZED VIEW ...).
   * {@code target} is the table it names, when it names one, so its existence can still be checked.
   */
  record NoEffect(String kind, Optional<QualifiedName> target, TextRange range) implements Statement {}

  /** A well-formed statement of a kind we do not model yet: reported as info, never silently skipped. */
  record Unsupported(String kind, TextRange range) implements Statement {}

  /** Text our parser could not read: {@code at} is the offending token. */
  record ParseError(String message, TextRange at, TextRange range) implements Statement {}
}
