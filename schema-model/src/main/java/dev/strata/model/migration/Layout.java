package dev.strata.model.migration;

/**
 * One tool's folder layout: how to recognise a folder of its migrations and how to read one in
 * apply order. Implementations are stateless; all IO goes through the {@link ProjectTree}.
 */
interface Layout {
  Tool tool();

  /** Whether what {@code dir} holds looks like this tool's migrations. */
  boolean recognizes(ProjectTree tree, String dir);

  /** The root's migrations in apply order, with skipped files and ordering problems. */
  MigrationRoot read(ProjectTree tree, String dir);

  /** Whether folders below a root belong to it (so they are never roots of their own). */
  boolean ownsSubfolders();
}
