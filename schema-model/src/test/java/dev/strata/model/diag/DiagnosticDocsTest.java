package dev.strata.model.diag;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every diagnostic code the model declares has a section in docs/diagnostics.md (its docUrl's anchor). */
class DiagnosticDocsTest {
  private static final List<String> DECLARING_CLASSES = List.of(
      "dev.strata.model.effect.CatalogProblems",
      "dev.strata.model.analysis.AnalysisProblems",
      "dev.strata.model.migration.MigrationProblems");

  @Test
  void everyCodeIsDocumented() throws Exception {
    Path docs = Path.of(System.getProperty("strata.root", ".."), "docs", "diagnostics.md");
    String text = Files.readString(docs);
    List<String> missing = new ArrayList<>();
    for (DiagnosticCode code : declaredCodes()) {
      if (code.category() != Category.CHECK && !text.contains("### " + code.id() + "\n")) {
        missing.add(code.id());
      }
    }
    assertTrue(missing.isEmpty(), "codes without a section in docs/diagnostics.md: " + missing);
  }

  static List<DiagnosticCode> declaredCodes() throws ClassNotFoundException, IllegalAccessException {
    List<DiagnosticCode> codes = new ArrayList<>();
    for (String name : DECLARING_CLASSES) {
      for (Field f : Class.forName(name).getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == DiagnosticCode.class) {
          f.setAccessible(true);
          codes.add((DiagnosticCode) f.get(null));
        }
      }
    }
    assertTrue(codes.size() >= 30, "expected the model's codes, found " + codes.size());
    return codes;
  }
}
