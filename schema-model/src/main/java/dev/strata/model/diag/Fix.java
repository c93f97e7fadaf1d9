package dev.strata.model.diag;

import java.util.List;

/** A suggested change, applied only when the user accepts it. */
public record Fix(String title, List<TextEdit> edits, boolean preferred) {
  public Fix {
    edits = List.copyOf(edits);
  }

  public static Fix of(String title, TextEdit edit) {
    return new Fix(title, List.of(edit), false);
  }
}
