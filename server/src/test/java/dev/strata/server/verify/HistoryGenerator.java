package dev.strata.server.verify;

import dev.strata.model.migration.TransactionMode;
import dev.strata.server.verify.GeneratedHistory.Step;
import dev.strata.server.verify.GeneratedHistory.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random migration histories from a seed: 5 to 15 migrations of 1 to 5 statements, mostly valid
 * against the generator's own {@link GenState}, with faults ({@link FaultOps}) at a controlled
 * rate. The same seed gives the same history; even seeds run with Prisma's semantics (one
 * implicit transaction per migration), odd ones wrapped in {@code BEGIN}/{@code COMMIT}.
 */
final class HistoryGenerator {
  /** Percent of statement slots that get a fault. */
  static final int FAULT_PERCENT = 8;

  private final Random r;
  private final GenState s = new GenState();
  private final TableOps columns;
  private final SchemaOps schema;
  private final FaultOps faults;
  private final List<Supplier<String>> ops = new ArrayList<>();

  private HistoryGenerator(long seed) {
    r = new Random(seed);
    columns = new TableOps(s, r);
    schema = new SchemaOps(s, r, columns);
    faults = new FaultOps(s, r, columns);
    weigh(6, columns::createTable);
    weigh(10, columns::addColumn);
    weigh(5, columns::dropColumn);
    weigh(6, columns::renameColumn);
    weigh(6, columns::alterType);
    weigh(5, columns::setDefault);
    weigh(3, columns::dropDefault);
    weigh(5, columns::notNull);
    weigh(4, schema::renameTable);
    weigh(2, schema::dropTable);
    weigh(10, schema::addConstraint);
    weigh(4, schema::dropConstraint);
    weigh(3, schema::renameConstraint);
    weigh(8, schema::createIndex);
    weigh(3, schema::dropIndex);
    weigh(3, schema::renameIndex);
    weigh(3, schema::createEnum);
    weigh(3, schema::renameValue);
    weigh(2, schema::createSequence);
    weigh(2, schema::alterSequence);
    weigh(4, schema::view);
  }

  private void weigh(int weight, Supplier<String> op) {
    for (int i = 0; i < weight; i++) {
      ops.add(op);
    }
  }

  static GeneratedHistory generate(long seed) {
    return new HistoryGenerator(seed).history(seed);
  }

  private GeneratedHistory history(long seed) {
    TransactionMode mode = (seed & 1) == 0 ? TransactionMode.IMPLICIT_SINGLE_QUERY : TransactionMode.WRAPPED;
    List<Step> steps = new ArrayList<>();
    int count = 5 + r.nextInt(11);
    for (int m = 0; m < count; m++) {
      List<Stmt> out = new ArrayList<>();
      if (m == 0) {
        if (r.nextBoolean()) {
          out.add(new Stmt(schema.createEnum(), false));
        }
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
          out.add(new Stmt(columns.createTable(), false));
        }
      } else {
        for (int i = 1 + r.nextInt(5); i > 0; i--) {
          slot(out);
        }
      }
      if (!out.isEmpty()) {
        steps.add(new Step(out));
      }
    }
    return new GeneratedHistory(seed, mode, steps);
  }

  /** Fills one statement slot: a fault, an enum value added (and maybe used at once), or a valid statement. */
  private void slot(List<Stmt> out) {
    if (r.nextInt(100) < FAULT_PERCENT) {
      String fault = faults.any();
      if (fault != null) {
        out.add(new Stmt(fault, true));
        return;
      }
    }
    if (r.nextInt(14) == 0) {
      String[] added = schema.addValue();
      if (added != null) {
        out.add(new Stmt(added[0], false));
        String use = r.nextInt(3) == 0 ? faults.useNewLabel(added[1], added[2]) : null;
        if (use != null) {
          out.add(new Stmt(use, true));
        }
        return;
      }
    }
    for (int attempt = 0; attempt < 6; attempt++) {
      String sql = ops.get(r.nextInt(ops.size())).get();
      if (sql != null) {
        out.add(new Stmt(sql, false));
        return;
      }
    }
  }
}
