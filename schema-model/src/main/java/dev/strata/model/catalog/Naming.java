package dev.strata.model.catalog;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL's generated names (indexcmds.c ChooseRelationName / makeObjectName, pg_constraint.c
 * ChooseConstraintName): {@code <table>_pkey}, {@code <table>_<cols>_key}, {@code <table>_<cols>_fkey},
 * {@code <table>_<col>_check}, {@code <table>_<cols>_idx}, {@code <table>_<col>_seq}, truncated to
 * 63 bytes and numbered on collision ({@code _key1}, {@code _idx2}).
 */
public final class Naming {
  private static final int MAX = Name.MAX_BYTES;

  private Naming() {}

  /**
   * makeObjectName: {@code name1[_name2][_label]}, shortening the longer of name1 and name2 one
   * byte at a time until the whole fits in 63 bytes.
   */
  public static String makeObjectName(String name1, String name2, String label) {
    int overhead = (label != null && !label.isEmpty() ? label.length() + 1 : 0) + (name2 != null ? 1 : 0);
    int avail = MAX - overhead;
    int n1 = bytes(name1);
    int n2 = name2 == null ? 0 : bytes(name2);
    while (n1 + n2 > avail) {
      if (n1 > n2) {
        n1--;
      } else {
        n2--;
      }
    }
    StringBuilder sb = new StringBuilder(clip(name1, n1));
    if (name2 != null) {
      sb.append('_').append(clip(name2, n2));
    }
    if (label != null && !label.isEmpty()) {
      sb.append('_').append(label);
    }
    return sb.toString();
  }

  /** ChooseRelationName: the first {@code makeObjectName} result not in {@code taken}, numbering the label. */
  public static Name chooseName(String name1, String name2, String label, Set<Name> taken) {
    int pass = 0;
    String modLabel = label;
    while (true) {
      Name candidate = Name.of(makeObjectName(name1, name2, modLabel));
      if (!taken.contains(candidate)) {
        return candidate;
      }
      pass++;
      modLabel = label + pass;
    }
  }

  /**
   * ChooseIndexNameAddition / ChooseForeignKeyConstraintNameAddition: the names joined by
   * {@code _}, stopping once the result reaches 63 bytes.
   */
  public static String joinAddition(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      if (sb.length() > 0) {
        sb.append('_');
      }
      sb.append(n);
      if (bytes(sb.toString()) >= MAX) {
        break;
      }
    }
    return sb.toString();
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** pg_mbcliplen: the longest prefix of at most {@code limit} bytes without splitting a character. */
  static String clip(String s, int limit) {
    int used = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + len > limit) {
        break;
      }
      used += len;
      i += Character.charCount(cp);
    }
    return s.substring(0, i);
  }
}
