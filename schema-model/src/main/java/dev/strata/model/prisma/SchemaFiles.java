package dev.strata.model.prisma;

import java.util.Collection;
import java.util.List;

/**
 * Which schema files belong to a Prisma migrations folder, as Prisma finds them next to it:
 * {@code <migrations>/../schema.prisma}, or every {@code .prisma} file under
 * {@code <migrations>/../schema/} (the multi-file layout, read as one schema). Both are listed
 * when both exist. Paths are project-relative with forward slashes, as discovery gives them.
 */
public final class SchemaFiles {
  private SchemaFiles() {}

  /** The paths among {@code projectPaths} that make the schema of {@code migrationsDir}, in their order. */
  public static List<String> of(String migrationsDir, Collection<String> projectPaths) {
    return projectPaths.stream().filter(p -> belongs(migrationsDir, p)).toList();
  }

  /** True when {@code path} is part of the schema of {@code migrationsDir}. */
  public static boolean belongs(String migrationsDir, String path) {
    String parent = parent(migrationsDir);
    return path.equals(parent + "schema.prisma")
        || (path.startsWith(parent + "schema/") && path.endsWith(".prisma"));
  }

  /** {@code a/b/} for {@code a/b/migrations}; empty for a top-level folder. */
  private static String parent(String dir) {
    String d = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
    return d.contains("/") ? d.substring(0, d.lastIndexOf('/') + 1) : "";
  }
}
