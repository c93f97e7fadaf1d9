package dev.strata.server.status;

import dev.strata.model.migration.Tool;
import dev.strata.server.git.Checksums;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a file still has the checksum its tool recorded when it applied it, decided the way the
 * tool decides it.
 *
 * <p>Prisma (prisma-engines {@code checksum.rs}, {@code script_matches_checksum}): SHA-256 of
 * migration.sql as read, as lowercase hex; the file matches when the recorded value equals the
 * checksum of the text as is, with every CRLF turned into LF, or with every LF turned into CRLF
 * (git may have changed line ends since). Checksums written by old Prisma versions dropped the
 * leading zero of each byte; a recorded value that is not 64 characters long is compared in that
 * form. Flyway: {@link Checksums#flywayCrc32}, which ignores line ends and a BOM by construction.
 * The other tools record no checksum.
 */
final class FileChecksum {
  private FileChecksum() {}

  /** The checksum the tool would record for {@code bytes} today, as it prints it; empty when it keeps none. */
  static Optional<String> of(Tool tool, byte[] bytes) {
    if (tool == Tool.PRISMA) {
      return Optional.of(Checksums.sha256(bytes));
    }
    if (tool == Tool.FLYWAY) {
      return Optional.of(String.valueOf(Checksums.flywayCrc32(bytes)));
    }
    return Optional.empty();
  }

  /** True when {@code bytes} match {@code recorded} for {@code tool}; always true for tools without checksums. */
  static boolean matches(Tool tool, byte[] bytes, String recorded) {
    if (tool == Tool.PRISMA) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      String want = recorded.toLowerCase(Locale.ROOT);
      return prismaForm(bytes, want).equals(want)
          || prismaForm(utf8(text.replace("\r\n", "\n")), want).equals(want)
          || prismaForm(utf8(text.replace("\n", "\r\n")), want).equals(want);
    }
    if (tool == Tool.FLYWAY) {
      return String.valueOf(Checksums.flywayCrc32(bytes)).equals(recorded.strip());
    }
    return true;
  }

  private static String prismaForm(byte[] bytes, String recorded) {
    String hex = Checksums.sha256(bytes);
    if (recorded.isEmpty() || recorded.length() == 64) {
      return hex;
    }
    StringBuilder old = new StringBuilder();
    for (int i = 0; i < hex.length(); i += 2) {
      old.append(hex.charAt(i) == '0' ? hex.substring(i + 1, i + 2) : hex.substring(i, i + 2));
    }
    return old.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
