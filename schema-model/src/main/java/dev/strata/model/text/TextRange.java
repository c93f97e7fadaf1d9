package dev.strata.model.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets into one file's text. Offsets are
 * Java {@code char} indexes, the same units as LSP's default position encoding.
 */
public record TextRange(int start, int end) implements Comparable<TextRange> {
  // equals and hashCode are written out: a record's generated ones are bound through
  // invokedynamic on first use and run as method-handle chains, which a fresh process (and C1)
  // paid for on every map lookup.
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof TextRange r && start == r.start && end == r.end);
  }

  @Override
  public int hashCode() {
    return 31 * start + end;
  }

  public static final TextRange EMPTY = new TextRange(0, 0);

  public TextRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
  }

  public static TextRange of(int start, int end) {
    return new TextRange(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** True when the offset lies inside or touches either end (a cursor after the last char counts). */
  public boolean touches(int offset) {
    return offset >= start && offset <= end;
  }

  public boolean containsRange(TextRange other) {
    return other.start >= start && other.end <= end;
  }

  public TextRange shift(int delta) {
    return new TextRange(start + delta, end + delta);
  }

  public TextRange cover(TextRange other) {
    return new TextRange(Math.min(start, other.start), Math.max(end, other.end));
  }

  public String slice(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(TextRange o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
