package dev.strata.model.migration;

import dev.strata.model.text.FileId;
import java.util.Objects;

/**
 * A file or folder that sits among the migrations but that the tool does not apply: a goose
 * {@code .go} migration, a Prisma folder without {@code migration.sql}, a superseded Flyway
 * baseline. {@code name} is the file name (with its extension) or the folder name.
 */
public record SkippedFile(FileId file, String name, String reason) {
  public SkippedFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reason, "reason");
  }
}
