package dev.strata.server.history;

import dev.strata.server.Main;
import dev.strata.server.cli.LintEngines;
import dev.strata.server.cli.Terminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs {@code strata} in-process and keeps its exit code and both streams; compares goldens. */
record Cli(int code, String out, String err) {

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Terminal t = new Terminal(new PrintWriter(out, true), new PrintWriter(err, true), Path.of("."), false);
    int code = Main.run(args, t, LintEngines::defaultEngine);
    return new Cli(code, out.toString(), err.toString());
  }

  static String workspace(String project) {
    return Path.of(System.getProperty("strata.root", "..")).resolve("test-workspace").resolve(project).toString();
  }

  /**
   * {@code src/test/resources/history/<name>} must hold {@code actual}; {@code -Dgolden.update=true}
   * rewrites it instead. Review the diff like code.
   */
  static void assertGolden(String name, String actual) throws IOException {
    Path file = Paths.get("src/test/resources/history").resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, actual);
      return;
    }
    String want = Files.exists(file) ? Files.readString(file) : "<missing " + name + ">";
    assertEquals(want, actual, "golden " + name + " (regenerate with -Dgolden.update=true)");
  }
}
