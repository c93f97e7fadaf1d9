package dev.strata.model.analysis;

import dev.strata.model.catalog.Origin;
import dev.strata.model.text.FileId;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * How offsets of one file moved between two versions of its text: the text in
 * {@code [start, oldEnd)} was replaced by the text now in {@code [start, newEnd)}; offsets before
 * {@code start} stay, offsets from {@code oldEnd} on move by {@code newEnd - oldEnd}, offsets inside
 * the replaced region have no image. Used to carry origins and related locations across an edit
 * that did not change the schema.
 */
record TextShift(FileId file, int start, int oldEnd, int newEnd) {

  /** The single-region difference of two texts (longest common prefix, then suffix). */
  static TextShift between(FileId file, String before, String after) {
    int max = Math.min(before.length(), after.length());
    int p = 0;
    while (p < max && before.charAt(p) == after.charAt(p)) {
      p++;
    }
    int s = 0;
    while (s < max - p && before.charAt(before.length() - 1 - s) == after.charAt(after.length() - 1 - s)) {
      s++;
    }
    return new TextShift(file, p, before.length() - s, after.length() - s);
  }

  /** The new position of a range in this file, empty when an end lies inside the replaced text. */
  Optional<TextRange> range(TextRange r) {
    int delta = newEnd - oldEnd;
    int s;
    if (r.start() < start) {
      s = r.start();
    } else if (r.start() >= oldEnd) {
      s = r.start() + delta;
    } else {
      return Optional.empty();
    }
    int e;
    if (r.end() <= start) {
      e = r.end();
    } else if (r.end() >= oldEnd) {
      e = r.end() + delta;
    } else {
      return Optional.empty();
    }
    return e < s ? Optional.empty() : Optional.of(new TextRange(s, e));
  }

  Optional<FileRange> location(FileRange r) {
    return r.file().equals(file) ? range(r.range()).map(x -> new FileRange(file, x)) : Optional.of(r);
  }

  Optional<Origin> origin(Origin o) {
    return o.file().equals(file) ? range(o.range()).map(x -> new Origin(file, x, o.migration())) : Optional.of(o);
  }

  /** {@code o} carried through every shift of {@code chain} in order. */
  static Optional<Origin> through(List<TextShift> chain, Origin o) {
    Optional<Origin> out = Optional.of(o);
    for (TextShift s : chain) {
      out = out.flatMap(s::origin);
    }
    return out;
  }
}
