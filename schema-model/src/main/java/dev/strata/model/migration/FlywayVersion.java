package dev.strata.model.migration;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Flyway version: parts split on {@code .} or {@code _}, compared numerically part by part,
 * trailing zero parts ignored ({@code 1.0} = {@code 1}; {@code 1.1} after {@code 1}; {@code 10}
 * after {@code 9}).
 */
record FlywayVersion(List<BigInteger> parts) implements Comparable<FlywayVersion> {
  FlywayVersion {
    parts = List.copyOf(parts);
  }

  /** Parses the text between the prefix letter and {@code __}; empty when a part is not a number. */
  static Optional<FlywayVersion> parse(String text) {
    List<BigInteger> parts = new ArrayList<>();
    for (String p : text.split("[._]")) {
      if (p.isEmpty()) {
        continue;
      }
      if (!p.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Optional.empty();
      }
      parts.add(new BigInteger(p));
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
      parts.remove(parts.size() - 1);
    }
    return Optional.of(new FlywayVersion(parts));
  }

  @Override
  public int compareTo(FlywayVersion o) {
    for (int i = 0; i < Math.min(parts.size(), o.parts.size()); i++) {
      int c = parts.get(i).compareTo(o.parts.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(parts.size(), o.parts.size());
  }

  @Override
  public String toString() {
    return parts.stream().map(BigInteger::toString).collect(Collectors.joining("."));
  }
}
