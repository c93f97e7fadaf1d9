package dev.strata.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry is complete and consistent: every class in {@code check.rules} is a registered rule,
 * its id is its class name in kebab case without {@code Check}, ids are unique, and each has a
 * fixture under {@code fixtures/checks}.
 */
class ChecksTest {
  private static final String PACKAGE = "dev.strata.model.check.rules";

  @Test
  void everyRuleClassIsRegisteredWithItsKebabIdAndAFixture() throws Exception {
    Set<Class<?>> registered = new HashSet<>();
    Checks.ALL.forEach(r -> registered.add(r.getClass()));
    List<String> problems = new ArrayList<>();
    for (Class<?> c : ruleClasses()) {
      if (!Rule.class.isAssignableFrom(c)) {
        problems.add(c.getSimpleName() + " is in check.rules but is not a rule");
      } else if (!registered.contains(c)) {
        problems.add(c.getSimpleName() + " is not registered in Checks.ALL");
      }
    }
    for (Rule r : Checks.ALL) {
      String id = r.code().id();
      String expected = kebab(r.getClass().getSimpleName().replaceFirst("Check$", ""));
      if (!id.equals(expected)) {
        problems.add(r.getClass().getSimpleName() + " has id " + id + ", expected " + expected);
      }
      if (!r.getClass().getSimpleName().endsWith("Check")) {
        problems.add(r.getClass().getSimpleName() + " should end in Check");
      }
      if (ChecksTest.class.getResource("/fixtures/checks/" + id + ".sql") == null) {
        problems.add(id + " has no fixture fixtures/checks/" + id + ".sql");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void idsAreUniqueAndKebabCase() {
    Set<String> seen = new HashSet<>();
    for (Rule r : Checks.ALL) {
      assertTrue(seen.add(r.code().id()), "duplicate id " + r.code().id());
      assertTrue(r.code().id().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), r.code().id());
    }
    assertTrue(seen.size() >= 21, "expected at least 21 rules, got " + seen.size());
  }

  @Test
  void optInRulesAreOffByDefault() {
    Set<String> off = new HashSet<>();
    Checks.ALL.stream().filter(r -> !r.enabledByDefault()).forEach(r -> off.add(r.code().id()));
    assertEquals(Set.of("missing-lock-timeout", "prefer-text", "prefer-timestamptz", "prefer-identity", "ban-char-type"), off);
  }

  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static List<Class<?>> ruleClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path dir = Paths.get(Checks.class.getResource("/" + PACKAGE.replace('.', '/')).toURI());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        String f = p.getFileName().toString();
        if (f.endsWith(".class") && !f.contains("$") && !f.equals("package-info.class")) {
          out.add(Class.forName(PACKAGE + "." + f.substring(0, f.length() - ".class".length())));
        }
      }
    }
    assertTrue(out.size() >= 21, "found only " + out.size() + " classes in " + dir);
    return out;
  }
}
