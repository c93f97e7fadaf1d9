package dev.strata.server.status;

import dev.strata.model.migration.Migration;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.server.testing.TestPostgres;
import dev.strata.server.verify.DatabaseUrl;
import dev.strata.server.verify.Replay;
import dev.strata.server.verify.Replayer;
import dev.strata.server.verify.ScratchDatabase;
import dev.strata.server.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Shared fixtures of the status tests: projects in temporary folders, scratch databases, command runs. */
final class StatusTesting {
  private StatusTesting() {}

  /** Exit code, stdout and stderr of one run. */
  record Run(int exit, String out, String err) {}

  static Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new StatusCommand(env::get))
        .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static DatabaseUrl server() {
    return DatabaseUrl.parse(TestPostgres.jdbcUrl());
  }

  static ScratchDatabase scratch() throws SQLException {
    return ScratchDatabase.create(server(), Instant.now());
  }

  /**
   * test-workspace/prisma-p3006 copied to {@code dir}, without the backfill that reads the missing
   * column {@code customer_id}, so every migration applies.
   */
  static Path prismaProject(Path dir) throws IOException {
    Path source = Path.of(System.getProperty("strata.root", "..")).resolve("test-workspace/prisma-p3006");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = dir.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Path align = migrationsDir(dir).resolve("20241223_align_schema_with_production/migration.sql");
    String text = Files.readString(align);
    String backfill = """
        UPDATE "onboarding_states" os
        SET "clientId" = c."clientId"
        FROM "customers" c
        WHERE os."customer_id" = c."id"
          AND os."clientId" IS NULL;
        """;
    if (!text.contains(backfill)) {
      throw new AssertionError("the customer_id backfill is no longer in " + align);
    }
    Files.writeString(align, text.replace(backfill, ""));
    return dir;
  }

  static Path migrationsDir(Path prismaProject) {
    return prismaProject.resolve("apps/backend/prisma/migrations");
  }

  static MigrationRoot onlyRoot(Path project) throws IOException {
    List<MigrationRoot> roots = Workspace.open(project).migrationRoots();
    if (roots.size() != 1) {
      throw new AssertionError("expected one migration root in " + project + ", found " + roots);
    }
    return roots.get(0);
  }

  /** Replays {@code migrations} (which must all apply) and returns nothing; bookkeeping rows are the caller's. */
  static void apply(DatabaseUrl db, List<Migration> migrations) throws SQLException {
    Replay replay = Replayer.replay(db, migrations);
    if (replay.notRun() != 0 || replay.migrations().stream().anyMatch(m -> !m.ok())) {
      throw new AssertionError("the fixture migrations did not all apply: " + replay);
    }
  }

  static void execute(DatabaseUrl db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(db.jdbc()); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
