package dev.strata.model.effect;

import dev.strata.model.catalog.Name;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Fix;
import dev.strata.model.diag.TextEdit;
import dev.strata.model.sql.ast.Ident;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Did-you-mean: the closest existing name by edit distance, offered as a fix that keeps quoting style. */
final class Suggest {
  private Suggest() {}

  static Diagnostic fix(Diagnostic d, ApplyContext ctx, Ident wrong, Collection<String> candidates) {
    Optional<String> best = closest(wrong.value(), candidates);
    if (best.isEmpty()) {
      return d;
    }
    String text = wrong.quoted() ? '"' + best.get().replace("\"", "\"\"") + '"' : Name.of(best.get()).sql();
    Fix fix = Fix.of("Change to " + text, new TextEdit(ctx.file(), wrong.range(), text));
    return d.withFixes(List.of(fix)).withHelp(d.help().orElse("") + " Did you mean \"" + best.get() + "\"?");
  }

  /** The candidate nearest to {@code target}, if it is within a third of the name's length (at least 2). */
  static Optional<String> closest(String target, Collection<String> candidates) {
    String best = null;
    int bestDist = Integer.MAX_VALUE;
    int limit = Math.max(2, target.length() / 3);
    for (String c : candidates) {
      int dist = distance(target.toLowerCase(), c.toLowerCase());
      if (dist < bestDist && dist <= limit && !c.equals(target)) {
        best = c;
        bestDist = dist;
      }
    }
    return Optional.ofNullable(best);
  }

  static int distance(String a, String b) {
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
