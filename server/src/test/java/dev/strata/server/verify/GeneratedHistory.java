package dev.strata.server.verify;

import dev.strata.model.migration.TransactionMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated migration history: migrations of statements, each statement marked when the
 * generator meant it as a fault (PostgreSQL should reject it). Immutable; the shrinking and
 * fault-dropping operations return new histories.
 */
record GeneratedHistory(long seed, TransactionMode mode, List<Step> migrations) {

  /** One migration: its statements in order, each without the terminating semicolon. */
  record Step(List<Stmt> statements) {
    Step {
      statements = List.copyOf(statements);
    }

    /** The migration's text: one statement a line, each ended by {@code ;}. */
    String sql() {
      StringBuilder sb = new StringBuilder();
      for (Stmt s : statements) {
        sb.append(s.sql()).append(";\n");
      }
      return sb.toString();
    }

    /** The statement whose text (in {@link #sql()}) holds char {@code offset}; the last one past the end. */
    int statementAt(int offset) {
      int end = 0;
      for (int i = 0; i < statements.size(); i++) {
        end += statements.get(i).sql().length() + 2;
        if (offset < end) {
          return i;
        }
      }
      return statements.size() - 1;
    }

    Step without(int statement) {
      List<Stmt> rest = new ArrayList<>(statements);
      rest.remove(statement);
      return new Step(rest);
    }
  }

  /** One statement; {@code fault} when the generator expects PostgreSQL to reject it. */
  record Stmt(String sql, boolean fault) {}

  GeneratedHistory {
    migrations = List.copyOf(migrations);
  }

  int statementCount() {
    return migrations.stream().mapToInt(m -> m.statements().size()).sum();
  }

  int faultCount() {
    return (int) migrations.stream().flatMap(m -> m.statements().stream()).filter(Stmt::fault).count();
  }

  GeneratedHistory withMigration(int index, Step step) {
    List<Step> out = new ArrayList<>(migrations);
    if (step.statements().isEmpty()) {
      out.remove(index);
    } else {
      out.set(index, step);
    }
    return new GeneratedHistory(seed, mode, out);
  }

  GeneratedHistory withoutMigration(int index) {
    List<Step> out = new ArrayList<>(migrations);
    out.remove(index);
    return new GeneratedHistory(seed, mode, out);
  }

  /** The history as SQL text, a {@code -- migration N} header before each migration. */
  String text() {
    StringBuilder sb = new StringBuilder("-- seed " + seed + ", " + mode + "\n");
    for (int i = 0; i < migrations.size(); i++) {
      sb.append("-- migration ").append(i + 1).append('\n').append(migrations.get(i).sql());
    }
    return sb.toString();
  }
}
