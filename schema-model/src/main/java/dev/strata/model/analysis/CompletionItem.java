package dev.strata.model.analysis;

/**
 * One completion candidate: {@code label} as shown, {@code detail} a short description (a
 * column's {@code text NOT NULL · added in 20241221_init}), {@code insertText} the text to put in
 * place of {@link CompletionResult#replace()}, quoted the way the statement quotes its names.
 */
public record CompletionItem(String label, Kind kind, String detail, String insertText) {
  /** What the candidate is, for the client's icon. */
  public enum Kind { TABLE, VIEW, SEQUENCE, COLUMN, TYPE, ENUM_LABEL, SCHEMA, KEYWORD }
}
