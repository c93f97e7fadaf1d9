package dev.strata.model.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranks existing names as replacements for a name that does not exist. Three kinds of nearness
 * count, in this order: the same words in another spelling ({@code customerId} for
 * {@code customer_id}); a small edit distance (typos); and, for names like {@code customer_id}
 * that have no near spelling, names that share the last word and the spelling style
 * ({@code client_id}: another {@code _id} reference on the same table).
 */
public final class DidYouMean {
  private DidYouMean() {}

  private record Scored(String name, int tier, int style, int distance) {}

  /** Up to {@code max} candidates, best first; empty when nothing is near enough. */
  public static List<String> rank(String target, Collection<String> candidates, int max) {
    List<String> targetWords = words(target);
    String lower = target.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, target.length() / 3);
    List<Scored> scored = new ArrayList<>();
    for (String c : candidates) {
      if (c.equals(target)) {
        continue;
      }
      List<String> words = words(c);
      int distance = distance(lower, c.toLowerCase(Locale.ROOT));
      int style = sameStyle(target, c) ? 0 : 1;
      if (words.equals(targetWords)) {
        scored.add(new Scored(c, 0, style, distance));
      } else if (distance <= limit) {
        scored.add(new Scored(c, 1, style, distance));
      } else if (targetWords.size() > 1 && words.size() > 1
          && last(words).equals(last(targetWords)) && words.size() == targetWords.size()) {
        scored.add(new Scored(c, 2, style, distance));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::tier).thenComparingInt(Scored::style)
        .thenComparingInt(Scored::distance).thenComparing(Scored::name));
    return scored.stream().limit(max).map(Scored::name).toList();
  }

  /** Words of an identifier: split at underscores, digits and lower-to-upper case changes, lower-cased. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      boolean boundary = ch == '_' || ch == '-' || ch == ' '
          || (Character.isUpperCase(ch) && i > 0 && Character.isLowerCase(name.charAt(i - 1)));
      if (boundary && cur.length() > 0) {
        out.add(cur.toString().toLowerCase(Locale.ROOT));
        cur.setLength(0);
      }
      if (ch != '_' && ch != '-' && ch != ' ') {
        cur.append(ch);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static boolean sameStyle(String a, String b) {
    return (a.indexOf('_') >= 0) == (b.indexOf('_') >= 0) && hasUpper(a) == hasUpper(b);
  }

  private static boolean hasUpper(String s) {
    return !s.equals(s.toLowerCase(Locale.ROOT));
  }

  private static String last(List<String> words) {
    return words.get(words.size() - 1);
  }

  /** Levenshtein distance. */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
