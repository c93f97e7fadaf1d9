package dev.strata.model.diag;

import dev.strata.model.text.FileRange;

/** A location that explains a diagnostic: where the table was created, where a column was dropped. */
public record Related(FileRange location, String message) {}
