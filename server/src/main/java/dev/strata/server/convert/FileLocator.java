package dev.strata.server.convert;

import dev.strata.model.text.FileId;
import dev.strata.model.text.LineIndex;
import java.util.Optional;

/**
 * Where a model file lives for the client: its URI and the line index of the text the model
 * analysed. Conversions ask this for every file a diagnostic, related location or fix names.
 */
public interface FileLocator {
  /** The URI the client knows the file by. */
  String uri(FileId file);

  /** The line index of the analysed text of {@code file}; empty when the file is unknown. */
  Optional<LineIndex> lines(FileId file);
}
