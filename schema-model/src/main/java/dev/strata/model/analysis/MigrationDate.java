package dev.strata.model.analysis;

import dev.strata.model.migration.Migration;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The calendar date a migration's version encodes, when it encodes one: Prisma's
 * {@code 20241223153000_name}, a Flyway {@code V20241223_1__x} or {@code V2024.12.23__x}, any
 * version whose leading digits (separators {@code . _ -} skipped) start with a plausible
 * {@code yyyyMMdd}. Sequence numbers ({@code 000003}, {@code 1.1}, {@code 42}) carry no date.
 */
public final class MigrationDate {
  private static final int MIN_YEAR = 1990;
  private static final int MAX_YEAR = 2199;

  private MigrationDate() {}

  /** The date in the migration's version, else in its name; empty for a plain sequence number. */
  public static Optional<LocalDate> of(Migration m) {
    return parse(m.version()).or(() -> parse(m.name()));
  }

  /** The date {@code version} starts with, if its first eight digits form a valid one. */
  static Optional<LocalDate> parse(String version) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < version.length() && digits.length() < 8; i++) {
      char c = version.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c != '.' && c != '_' && c != '-' && !(i == 0 && (c == 'V' || c == 'v'))) {
        break;
      }
    }
    if (digits.length() < 8) {
      return Optional.empty();
    }
    int year = Integer.parseInt(digits.substring(0, 4));
    int month = Integer.parseInt(digits.substring(4, 6));
    int day = Integer.parseInt(digits.substring(6, 8));
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
