package dev.strata.model.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One seeded edit of corpus text. Positions are fractions in millionths of the text's length, so
 * the same mutation applies to any file and shrinks towards the start of it.
 */
record Mutation(Kind kind, int fileA, int fileB, int posA, int posB, int length, int pick) {
  enum Kind { CHAR_FLIP, BYTE_FLIP, DELETE, DUPLICATE, SPLICE, TRUNCATE, INSERT_HOSTILE }

  /** Fragments that open or break a lexical state, inserted by {@link Kind#INSERT_HOSTILE}. */
  static final List<String> HOSTILE = List.of("'", "\"", "$$", "$body$", "$a$ x $b$", "/*", "*/", "--", "E'\\",
      "U&\"\\", "\0", "\uD800", "\uDC00", "\uD83D\uDE00", ";", "(", ")", "((((((((", "\\!", "\\gexec", "BEGIN;",
      "COMMIT;", "DO $$ BEGIN ", " END $$;", "CREATE TABLE ", "ALTER TABLE \"", "SELECT * FROM ", "::", "[", "\r",
      "\u0085", "\uFEFF", "\u2028");

  /** Characters written over one character by {@link Kind#CHAR_FLIP}. */
  private static final String FLIPS = "'\"$/*-;()\0\\ \n\tEeUu_0a\uD800\uDFFF\u00e9";

  String apply(List<String> corpus) {
    String a = corpus.get(fileA % corpus.size());
    int at = at(a, posA);
    if (kind == Kind.CHAR_FLIP) {
      return a.isEmpty() ? a : a.substring(0, Math.min(at, a.length() - 1)) + FLIPS.charAt(pick % FLIPS.length())
          + a.substring(Math.min(at, a.length() - 1) + 1);
    } else if (kind == Kind.BYTE_FLIP) {
      byte[] bytes = a.getBytes(StandardCharsets.UTF_8);
      if (bytes.length > 0) {
        int i = (int) ((long) posA * (bytes.length - 1) / 1_000_000);
        bytes[i] = (byte) (bytes[i] ^ (1 << (pick % 8)));
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } else if (kind == Kind.DELETE) {
      return a.substring(0, at) + a.substring(Math.min(a.length(), at + length));
    } else if (kind == Kind.DUPLICATE) {
      String piece = a.substring(at, Math.min(a.length(), at + length));
      int to = at(a, posB);
      return a.substring(0, to) + piece + a.substring(to);
    } else if (kind == Kind.SPLICE) {
      String b = corpus.get(fileB % corpus.size());
      return a.substring(0, at) + b.substring(at(b, posB));
    } else if (kind == Kind.TRUNCATE) {
      return a.substring(0, at);
    }
    return a.substring(0, at) + HOSTILE.get(pick % HOSTILE.size()) + a.substring(at);
  }

  private static int at(String text, int millionths) {
    return (int) ((long) millionths * text.length() / 1_000_000);
  }
}
