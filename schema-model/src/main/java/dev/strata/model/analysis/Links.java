package dev.strata.model.analysis;

import dev.strata.model.catalog.Origin;
import dev.strata.model.text.FileId;

/** {@code [migration:line](path#Lline)} links and their plain-text form, for hover text. */
final class Links {
  private Links() {}

  static String to(SymbolIndex idx, Origin o) {
    if (o.isBuiltin()) {
      return "built-in";
    }
    return to(idx, o.file(), o.migration(), o.range().start());
  }

  static String to(SymbolIndex idx, FileId file, String migration, int offset) {
    int line = idx.line(file, offset);
    return "[" + migration + ":" + line + "](" + file.path() + "#L" + line + ")";
  }

  static String to(SymbolIndex idx, Occurrence o) {
    return to(idx, o.file(), idx.migration(o).migration().name(), o.range().start());
  }

  /** Markdown to plain text: links become {@code text (target)}, emphasis and code marks go. */
  static String plain(String markdown) {
    String s = markdown.replaceAll("\\[([^\\]]*)]\\(([^)]*)\\)", "$1");
    s = s.replace("**", "").replace("`", "");
    s = s.replaceAll("(^|\\s)\\*([^*\\n]+)\\*(?=\\s|$)", "$1$2");
    s = s.replaceAll("(?m)^\\|[-| ]+\\|$\\n?", "");
    s = s.replaceAll("(?m)^#+ ", "");
    return s;
  }
}
