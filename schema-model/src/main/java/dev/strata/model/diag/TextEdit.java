package dev.strata.model.diag;

import dev.strata.model.text.FileId;
import dev.strata.model.text.TextRange;

/** Replace {@code range} of {@code file} with {@code newText}; an empty range inserts. */
public record TextEdit(FileId file, TextRange range, String newText) {}
