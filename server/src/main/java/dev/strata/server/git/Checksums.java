package dev.strata.server.git;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * The checksums migration tools record for an applied file, so messages can show what changed
 * ({@code strata status} compares them with the live bookkeeping table).
 */
public final class Checksums {
  private Checksums() {}

  /** Prisma's: SHA-256 over the bytes of migration.sql, as lowercase hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * Flyway's: CRC32 over the UTF-8 bytes of each line without its terminator (a leading BOM
   * dropped), as a signed int. Line ends therefore do not change it; content does.
   */
  public static int flywayCrc32(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CRC32 crc = new CRC32();
    try (BufferedReader r = new BufferedReader(new StringReader(text))) {
      String line;
      while ((line = r.readLine()) != null) {
        crc.update(line.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return (int) crc.getValue();
  }

  /** Git's blob id (SHA-1 of {@code "blob <length>\0"} and the bytes), to compare with ls-tree without reading blobs. */
  static String gitBlobId(byte[] bytes) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(sha1.digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }
}
