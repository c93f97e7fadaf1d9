package dev.strata.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Golden files next to their fixture: {@code x.sql} → {@code x.expected}. With
 * {@code -Dgolden.update=true} the expected file is (re)written in the source tree instead of
 * compared; review the diff like code.
 */
final class Golden {
  private Golden() {}

  static void assertMatches(Path fixture, String actual) throws IOException {
    Path expected = sibling(fixture);
    if (Boolean.getBoolean("golden.update")) {
      Path source = sourceCopy(expected);
      Files.writeString(source, actual);
      return;
    }
    String want = Files.exists(expected) ? Files.readString(expected) : "<missing " + expected.getFileName() + ">";
    assertEquals(want, actual, "golden " + expected.getFileName() + " (regenerate with -Dgolden.update=true)");
  }

  private static Path sibling(Path fixture) {
    String name = fixture.getFileName().toString();
    return fixture.resolveSibling(name.substring(0, name.length() - ".sql".length()) + ".expected");
  }

  /** The expected file in src/test/resources, not the copy Maven put under target/. */
  private static Path sourceCopy(Path inTarget) {
    String s = inTarget.toString().replace("/target/test-classes/", "/src/test/resources/");
    return Paths.get(s);
  }
}
