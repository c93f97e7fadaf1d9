package dev.strata.model.sql.dml;

/**
 * A statement text with some words wrapped in double quotes, and the map from its offsets back to
 * the original's. {@code starts[k]}/{@code ends[k]} are the original range of the k-th quoted word
 * (ascending); each quoting adds two chars, so the rewritten word starts at
 * {@code starts[k] + 2k}. The rewritten text has no other length change.
 */
record QuotedText(String text, int[] starts, int[] ends) {
  QuotedText {
    starts = starts.clone();
    ends = ends.clone();
  }

  /** The text unchanged: nothing quoted. */
  static QuotedText identity(String text) {
    return new QuotedText(text, new int[0], new int[0]);
  }

  int quotedCount() {
    return starts.length;
  }

  /**
   * The original offset of a rewritten one. An opening quote maps to the word's start, a closing
   * quote to its end, and a char inside a quoted word to the same char of the original word.
   */
  int toOriginal(int offset) {
    for (int k = 0; k < starts.length; k++) {
      int open = starts[k] + 2 * k;
      int close = ends[k] + 2 * k + 1;
      if (offset <= open) {
        return offset - 2 * k;
      }
      if (offset <= close) {
        return Math.min(ends[k], offset - 2 * k - 1);
      }
    }
    return offset - 2 * starts.length;
  }
}
