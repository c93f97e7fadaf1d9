package dev.strata.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.catalog.Name;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.Tool;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.text.FileId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every corpus file analysed on its own: every name the symbol index finds (except aliases and
 * enum labels, which are string literals) must cover text that spells that name, and hover and
 * completion answer at every name without throwing.
 */
class SymbolIndexCorpusTest {

  @Test
  void everyNameRangeSpellsItsName() throws IOException {
    Path corpus = Path.of(System.getProperty("strata.corpus", "../../shared/corpus"));
    assertTrue(Files.isDirectory(corpus), "corpus not found at " + corpus.toAbsolutePath());
    List<String> bad = new ArrayList<>();
    int names = 0;
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".sql") && Files.isRegularFile(p)).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        FileId id = new FileId(corpus.relativize(file).toString());
        Analysis a = Analysis.of(List.of(Migration.whole(id, "m", "1", Tool.PLAIN, TransactionMode.NONE, text)));
        for (Occurrence o : SymbolIndex.of(a).inFile(id)) {
          if (o.role() == Occurrence.Role.ALIAS || o.ref().kind() == SymbolKind.ENUM_LABEL) {
            continue;
          }
          names++;
          String slice = o.range().slice(text);
          if (!fold(slice).equals(o.ref().simpleName())) {
            bad.add(id + " " + o.ref().key() + " slices to " + slice);
          }
          Hover.at(a, id, o.range().start());
          Completion.at(a, id, o.range().end());
        }
      }
    }
    assertTrue(names > 1000, "expected many names in the corpus, got " + names);
    assertEquals(List.of(), bad.stream().limit(20).toList());
  }

  private static Name fold(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return Name.quoted(s.substring(1, s.length() - 1).replace("\"\"", "\""));
    }
    return Name.unquoted(s);
  }
}
