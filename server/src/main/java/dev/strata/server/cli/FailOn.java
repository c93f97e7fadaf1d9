package dev.strata.server.cli;

import java.util.Locale;

/** The least severity that makes {@code lint} exit with 1. */
public enum FailOn {
  ERROR,
  WARNING;

  /** The spelling used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
