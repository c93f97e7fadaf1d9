package dev.strata.model.effect;

import dev.strata.model.catalog.Name;
import dev.strata.model.diag.DidYouMean;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Fix;
import dev.strata.model.diag.TextEdit;
import dev.strata.model.sql.ast.Ident;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Did-you-mean: the nearest existing name ({@link DidYouMean}), offered as a fix that keeps quoting style. */
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

  /** The candidate nearest to {@code target}, ranked as {@link DidYouMean} ranks names. */
  static Optional<String> closest(String target, Collection<String> candidates) {
    return DidYouMean.rank(target, candidates, 1).stream().findFirst();
  }
}
