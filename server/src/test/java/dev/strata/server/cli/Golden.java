package dev.strata.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/dev/strata/server/cli/golden/}. Run with
 * {@code -Dgolden.update=true} to rewrite them from the current output, then review the diff.
 */
final class Golden {
  private static final String DIR = "dev/strata/server/cli/golden/";

  private Golden() {}

  static void assertMatches(String name, String actual) {
    if (Boolean.getBoolean("golden.update")) {
      write(name, actual);
      return;
    }
    assertEquals(read(name), actual,
        "golden file " + DIR + name + " (update with -Dgolden.update=true)");
  }

  static String read(String name) {
    try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new AssertionError(
            "missing golden file " + DIR + name + "; run with -Dgolden.update=true");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(String name, String content) {
    Path file = Path.of(System.getProperty("strata.root", ".."))
        .resolve("server/src/test/resources").resolve(DIR + name);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
