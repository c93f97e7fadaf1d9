package dev.strata.model.check;

import dev.strata.model.diag.DiagnosticCode;

/**
 * A lint rule: one diagnostic code, on or off unless the user configures it. The code's id is the
 * rule's id, its docs page name and, in kebab case, its class name without {@code Check}.
 */
public sealed interface Rule permits Check, FileCheck {
  DiagnosticCode code();

  /** Opt-in rules (style preferences, team policies) return false and run only when configured. */
  default boolean enabledByDefault() {
    return true;
  }
}
