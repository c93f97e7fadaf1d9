package dev.strata.server;

/** Entry point of strata.jar: dispatches to the CLI commands (lint, lsp, verify). */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.err.println("strata: no command yet");
    System.exit(2);
  }
}
