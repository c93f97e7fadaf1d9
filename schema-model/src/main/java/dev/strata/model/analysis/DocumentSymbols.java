package dev.strata.model.analysis;

import dev.strata.model.sql.ast.Statement;
import dev.strata.model.text.FileId;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Document symbols: per statement, the object it creates or changes (its name as the selection,
 * the statement as the range) with the columns, constraints and labels it adds or touches as
 * children. Statements that name no object (DML, SET, transaction control) have no symbol.
 */
public final class DocumentSymbols {
  private DocumentSymbols() {}

  /** One object a statement creates or changes. */
  public record Symbol(String name, SymbolKind kind, String detail, TextRange range, TextRange selectionRange,
      List<Symbol> children) {
    public Symbol {
      children = List.copyOf(children);
    }
  }

  public static List<Symbol> of(Analysis a, FileId file) {
    SymbolIndex idx = SymbolIndex.of(a);
    Optional<MigrationResult> r = a.result(file);
    if (r.isEmpty()) {
      return List.of();
    }
    List<Symbol> out = new ArrayList<>();
    List<Occurrence> all = idx.inFile(file);
    for (int s = 0; s < r.get().statements().size(); s++) {
      int si = s;
      List<Occurrence> mine = all.stream().filter(o -> o.statement() == si && o.role() != Occurrence.Role.ALIAS)
          .sorted().toList();
      symbol(r.get().statements().get(s).parsed().statement(), mine).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Symbol> symbol(Statement st, List<Occurrence> occurrences) {
    if (st instanceof Statement.Dml) {
      return Optional.empty();
    }
    Optional<Occurrence> main = occurrences.stream().filter(o -> o.isDefinition() && !o.ref().kind().isMember())
        .findFirst()
        .or(() -> occurrences.stream().filter(o -> !o.ref().kind().isMember() && o.ref().kind() != SymbolKind.SCHEMA)
            .findFirst());
    if (main.isEmpty()) {
      return Optional.empty();
    }
    Occurrence m = main.get();
    List<Symbol> children = new ArrayList<>();
    for (Occurrence o : occurrences) {
      if (o.ref().kind().isMember() && o.ref().object().equals(m.ref().object())) {
        children.add(new Symbol(o.ref().simpleName().value(), o.ref().kind(), o.isDefinition() ? "defined" : "changed",
            o.range(), o.range(), List.of()));
      }
    }
    return Optional.of(new Symbol(m.ref().display(), m.ref().kind(), verb(st), st.range(), m.range(), children));
  }

  private static String verb(Statement st) {
    String kind = st.getClass().getSimpleName();
    if (kind.startsWith("Create")) {
      return "created";
    }
    if (kind.startsWith("Drop")) {
      return "dropped";
    }
    if (kind.startsWith("Rename") || kind.equals("AlterEnumRenameValue")) {
      return "renamed";
    }
    return kind.startsWith("Alter") ? "altered" : kind.toLowerCase(java.util.Locale.ROOT);
  }
}
