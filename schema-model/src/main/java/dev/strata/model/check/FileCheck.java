package dev.strata.model.check;

/** A rule that needs the whole migration at once (empty files, statement order). Runs once per migration. */
public non-sealed interface FileCheck extends Rule {
  void run(FileContext ctx);
}
