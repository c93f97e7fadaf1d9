package dev.strata.bench;

import dev.strata.model.migration.Migration;
import dev.strata.model.migration.Tool;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.text.FileId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic Prisma-style history for the scaling series: every migration does what real
 * histories do (create a table with a key, add columns, indexes and foreign keys, rename, drop,
 * backfill with DML), the schema keeps growing, and the same seed gives the same history. About
 * three statements a migration.
 */
public final class HistoryGenerator {
  private HistoryGenerator() {}

  /** {@code count} migrations, named {@code m00001_...} under {@code migrations/}. */
  public static List<Migration> generate(int count) {
    List<Migration> out = new ArrayList<>(count);
    List<String> texts = texts(count);
    for (int i = 0; i < count; i++) {
      String name = String.format("%06d_step", i + 1);
      out.add(Migration.whole(new FileId("migrations/" + name + "/migration.sql"), name, name, Tool.PRISMA,
          TransactionMode.IMPLICIT_SINGLE_QUERY, texts.get(i)));
    }
    return out;
  }

  /** Writes the history as a Prisma project under {@code dir} (for whole-process runs). */
  public static void write(Path dir, int count) throws IOException {
    List<String> texts = texts(count);
    Path migrations = dir.resolve("prisma/migrations");
    Files.createDirectories(migrations);
    Files.writeString(migrations.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
    for (int i = 0; i < count; i++) {
      Path m = migrations.resolve(String.format("%06d_step", i + 1));
      Files.createDirectories(m);
      Files.writeString(m.resolve("migration.sql"), texts.get(i));
    }
  }

  static List<String> texts(int count) {
    Random random = new Random(7);
    List<String> out = new ArrayList<>(count);
    List<Integer> live = new ArrayList<>();
    int tables = 0;
    for (int i = 0; i < count; i++) {
      StringBuilder sql = new StringBuilder("-- generated step ").append(i + 1).append('\n');
      int choice = live.size() < 3 ? 0 : random.nextInt(10);
      if (choice <= 2) {
        int t = tables++;
        sql.append("CREATE TABLE \"T").append(t).append("\" (\n  \"id\" TEXT NOT NULL,\n  \"name\" TEXT,\n")
            .append("  \"createdAt\" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,\n")
            .append("  CONSTRAINT \"T").append(t).append("_pkey\" PRIMARY KEY (\"id\")\n);\n");
        if (!live.isEmpty()) {
          int ref = live.get(random.nextInt(live.size()));
          sql.append("ALTER TABLE \"T").append(t).append("\" ADD COLUMN \"t").append(ref).append("Id\" TEXT;\n")
              .append("ALTER TABLE \"T").append(t).append("\" ADD CONSTRAINT \"T").append(t).append("_t").append(ref)
              .append("_fkey\" FOREIGN KEY (\"t").append(ref).append("Id\") REFERENCES \"T").append(ref)
              .append("\"(\"id\") ON DELETE SET NULL ON UPDATE CASCADE;\n");
        }
        live.add(t);
      } else if (choice <= 5) {
        int t = live.get(random.nextInt(live.size()));
        sql.append("ALTER TABLE \"T").append(t).append("\" ADD COLUMN \"c").append(i).append("\" INTEGER;\n")
            .append("CREATE INDEX \"T").append(t).append("_c").append(i).append("_idx\" ON \"T").append(t)
            .append("\"(\"c").append(i).append("\");\n");
      } else if (choice <= 7) {
        int t = live.get(random.nextInt(live.size()));
        sql.append("ALTER TABLE \"T").append(t).append("\" ADD COLUMN \"d").append(i).append("\" TEXT;\n")
            .append("UPDATE \"T").append(t).append("\" SET \"d").append(i).append("\" = \"name\" WHERE \"id\" IS NOT NULL;\n")
            .append("ALTER TABLE \"T").append(t).append("\" RENAME COLUMN \"d").append(i).append("\" TO \"e")
            .append(i).append("\";\n");
      } else {
        int victim = live.remove(random.nextInt(live.size()));
        sql.append("DROP TABLE \"T").append(victim).append("\" CASCADE;\n");
      }
      out.add(sql.toString());
    }
    return out;
  }
}
