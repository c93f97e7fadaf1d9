package dev.strata.server.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The least severity that makes {@code lint} exit with 1. */
public enum FailOn {
  ERROR,
  WARNING;

  /** The spelling used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level spelled {@code id} (case-insensitive), if there is one. */
  public static Optional<FailOn> fromId(String id) {
    return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(id.trim())).findFirst();
  }
}
