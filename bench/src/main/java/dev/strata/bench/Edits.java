package dev.strata.bench;

import dev.strata.model.migration.Migration;
import dev.strata.model.text.FileId;
import java.util.List;

/**
 * The edits the latency targets are stated for, all to migration 400 of trigger.dev (its index
 * 399: {@code add_content_hash_to_background_worker}): one that changes the schema every later
 * migration sees, and two that do not (a comment that shifts every offset, a DML statement).
 */
public record Edits(FileId file, String original, String schemaChange, String commentOnly, String dmlOnly) {
  /** The 400th migration (1-based), the one the targets name. */
  public static final int INDEX = 399;

  public static Edits of(List<Migration> history) {
    Migration m = history.get(INDEX);
    String text = m.text();
    return new Edits(m.file(), text,
        text + "\nALTER TABLE \"BackgroundWorker\" ADD COLUMN \"benchNote\" TEXT;\n",
        "-- a comment typed in the editor, shifting every offset below\n" + text,
        text + "\nUPDATE \"BackgroundWorker\" SET \"contentHash\" = 'x' WHERE \"contentHash\" = '';\n");
  }
}
