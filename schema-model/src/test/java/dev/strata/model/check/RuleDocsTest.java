package dev.strata.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules/<id>.md} and its index are generated from each rule's class Javadoc (the problem
 * and the safe alternative) and its fixture (the example), so the docs cannot drift from the code.
 * Run with {@code -Dgolden.update=true} to regenerate; review the diff like code.
 */
class RuleDocsTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/strata/model/check/rules");
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/checks");
  private static final Path DOCS = Path.of("../docs/rules");

  @Test
  void docsMatchJavadocAndFixtures() throws IOException {
    boolean update = Boolean.getBoolean("golden.update");
    List<String> stale = new ArrayList<>();
    StringBuilder index = new StringBuilder("# Rules\n\nGenerated from the rule classes by `RuleDocsTest`"
        + " (`-Dgolden.update=true` regenerates). Configure a rule's severity, or turn it off, by id; suppress it"
        + " for one statement with `-- strata-ignore <id>` in the comments directly before it, or for a file with"
        + " `-- strata-ignore-file <id>`.\n\n| rule | default | summary |\n|---|---|---|\n");
    for (Rule r : Checks.ALL) {
      String id = r.code().id();
      String javadoc = markdown(classJavadoc(r.getClass().getSimpleName()));
      String severity = r.enabledByDefault() ? r.code().defaultSeverity().label() : "off (opt-in)";
      String doc = "# " + id + "\n\nDefault: **" + severity + "**.\n\n" + javadoc + "\n\n## Example\n\n"
          + "Diagnostics are shown as `-- ^^^` markers under the text they point at.\n\n```sql\n"
          + Files.readString(FIXTURES.resolve(id + ".sql"), StandardCharsets.UTF_8).strip() + "\n```\n";
      String summary = javadoc.lines().findFirst().orElse("");
      index.append("| [").append(id).append("](").append(id).append(".md) | ").append(severity).append(" | ")
          .append(summary.replace("|", "\\|")).append(" |\n");
      compare(DOCS.resolve(id + ".md"), doc, update, stale);
    }
    compare(DOCS.resolve("README.md"), index.toString(), update, stale);
    assertEquals(List.of(), stale, "stale docs; regenerate with -Dgolden.update=true");
  }

  private static void compare(Path file, String content, boolean update, List<String> stale) throws IOException {
    String now = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    if (now.equals(content)) {
      return;
    }
    if (update) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } else {
      stale.add(file.toString());
    }
  }

  private static String classJavadoc(String className) throws IOException {
    String src = Files.readString(SOURCES.resolve(className + ".java"), StandardCharsets.UTF_8);
    int cls = src.indexOf("public final class " + className);
    int start = src.lastIndexOf("/**", cls);
    int end = src.indexOf("*/", start);
    StringBuilder out = new StringBuilder();
    for (String line : src.substring(start + 3, end).split("\n")) {
      out.append(line.replaceFirst("^\\s*\\* ?", "")).append('\n');
    }
    return out.toString().strip();
  }

  /** The few Javadoc constructs rule docs use, as Markdown. */
  static String markdown(String javadoc) {
    Matcher m = Pattern.compile("\\{@code ([^}]*)}").matcher(javadoc);
    String s = m.replaceAll(r -> Matcher.quoteReplacement("`" + r.group(1) + "`"));
    s = s.replace("<p>", "\n").replace("<b>", "**").replace("</b>", "**").replace("<em>", "*").replace("</em>", "*");
    StringBuilder out = new StringBuilder();
    for (String para : s.split("\n\\s*\n")) {
      out.append(String.join(" ", para.strip().split("\\s*\n\\s*"))).append("\n\n");
    }
    return out.toString().strip();
  }
}
