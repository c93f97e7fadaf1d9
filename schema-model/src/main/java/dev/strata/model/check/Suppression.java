package dev.strata.model.check;

import dev.strata.model.sql.Token;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule id named by a suppression comment: {@code -- strata-ignore a, b} before a statement
 * (statement scope) or {@code -- strata-ignore-file a} anywhere (file scope). {@code range} is the
 * id's own text; {@code comment} is the whole comment and {@code siblings} counts the ids in it, so
 * an unused id can be removed cleanly.
 */
record Suppression(String id, boolean fileScope, TextRange range, Token comment, int siblings) {
  private static final Pattern MARKER =
      Pattern.compile("strata-ignore(-file)?\\s+([a-z0-9][a-z0-9-]*(?:\\s*,\\s*[a-z0-9][a-z0-9-]*)*)");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  /** What every suppression comment holds: a cheap test before the pattern runs. */
  static final String MARK = "strata-ignore";

  /** Every suppression in {@code comments} of the given scope. */
  static List<Suppression> in(List<Token> comments, boolean fileScope) {
    List<Suppression> out = new ArrayList<>();
    for (Token c : comments) {
      if (!c.kind().isComment() || !c.text().contains(MARK)) {
        continue;
      }
      Matcher m = MARKER.matcher(c.text());
      while (m.find()) {
        if ((m.group(1) != null) != fileScope) {
          continue;
        }
        List<Suppression> ids = new ArrayList<>();
        Matcher id = ID.matcher(m.group(2));
        while (id.find()) {
          int at = c.start() + m.start(2) + id.start();
          ids.add(new Suppression(id.group(), fileScope, new TextRange(at, at + id.group().length()), c, 0));
        }
        int n = ids.size();
        ids.forEach(s -> out.add(new Suppression(s.id, s.fileScope, s.range, s.comment, n)));
      }
    }
    return out;
  }

  /** The text to delete when this id is unused: the whole comment, or the id with one adjacent comma. */
  TextRange removal(String sql) {
    if (siblings <= 1) {
      return comment.range();
    }
    int end = range.end();
    int j = end;
    while (j < comment.end() && (sql.charAt(j) == ' ' || sql.charAt(j) == '\t')) {
      j++;
    }
    if (j < comment.end() && sql.charAt(j) == ',') {
      j++;
      while (j < comment.end() && sql.charAt(j) == ' ') {
        j++;
      }
      return new TextRange(range.start(), j);
    }
    int i = range.start();
    while (i > comment.start() && sql.charAt(i - 1) == ' ') {
      i--;
    }
    if (i > comment.start() && sql.charAt(i - 1) == ',') {
      i--;
    }
    return new TextRange(i, end);
  }
}
