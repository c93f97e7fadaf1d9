package dev.strata.model.sql.dml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.catalog.Name;
import dev.strata.model.sql.RawStatement;
import dev.strata.model.sql.Splitter;
import dev.strata.model.text.TextRange;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A statement with a caret-marked range, resolved against a small fake schema: {@code
 * check("SELECT ^nope^ FROM customers").fails(UNKNOWN_COLUMN, "column \"nope\"")}. The carets are
 * removed before parsing; the first statement the Splitter finds is checked, so text before it
 * shifts every offset (as in a real file).
 */
final class DmlFixture {
  static final Map<Name, RelationInfo> SCHEMA = new HashMap<>();

  static {
    table("onboarding_states", "id", "clientId", "client_id", "status");
    table("customers", "id", "clientId", "client_id", "name");
    table("orders", "id", "customer_id", "total");
    table("clients", "id", "billingStatus", "status");
    table("jobs", "id", "name", "script", "output", "value");
    SCHEMA.put(Name.of("v"), RelationInfo.opaque(Name.of("public"), Name.of("v")));
  }

  static final RelationLookup LOOKUP = new RelationLookup() {
    @Override
    public Optional<RelationInfo> relation(Optional<Name> schema, Name name) {
      if (schema.isPresent() && !schema.get().value().equals("public")) {
        return Optional.empty();
      }
      return Optional.ofNullable(SCHEMA.get(name));
    }

    @Override
    public List<Name> relationNames(Optional<Name> schema) {
      return SCHEMA.keySet().stream().sorted().toList();
    }
  };

  final String source;
  final Optional<TextRange> marked;
  final TextRange statement;
  final DmlResult result;

  private DmlFixture(String source, Optional<TextRange> marked) {
    this.source = source;
    this.marked = marked;
    RawStatement raw = Splitter.split(source).get(0);
    this.statement = raw.range();
    this.result = DmlResolver.check(source, raw.range(), LOOKUP);
  }

  private static void table(String name, String... columns) {
    List<ColumnInfo> cols = Arrays.stream(columns).map(c -> ColumnInfo.of(Name.of(c), "text")).toList();
    SCHEMA.put(Name.of(name), RelationInfo.of(Name.of("public"), Name.of(name), cols));
  }

  static DmlFixture check(String marked) {
    int a = marked.indexOf('^');
    if (a < 0) {
      return new DmlFixture(marked, Optional.empty());
    }
    int b = marked.indexOf('^', a + 1);
    String source = marked.substring(0, a) + marked.substring(a + 1, b) + marked.substring(b + 1);
    return new DmlFixture(source, Optional.of(new TextRange(a, b - 1)));
  }

  /** Exactly one problem, of this kind, at the marked range, whose message contains the text. */
  Problem fails(Problem.Kind kind, String message) {
    assertEquals(1, result.problems().size(), () -> "problems: " + result.problems());
    Problem p = result.problems().get(0);
    assertEquals(kind, p.kind(), p::toString);
    assertTrue(p.message().contains(message), () -> "message: " + p.message());
    assertEquals(marked.orElseThrow(), p.range(), () -> "range " + p.range().slice(source) + " vs marked");
    return p;
  }

  DmlFixture ok() {
    assertTrue(result.parsed(), () -> "JSqlParser failed on: " + source);
    assertEquals(List.of(), result.problems());
    return this;
  }

  /** The reference whose range is the marked one. */
  Reference reference() {
    return result.references().stream().filter(r -> r.range().equals(marked.orElseThrow())).findFirst()
        .orElseThrow(() -> new AssertionError("no reference at " + marked + " in " + result.references()));
  }

  /** The slices of all references, in order, as "KIND:text". */
  List<String> referenceTexts() {
    return result.references().stream().map(r -> r.kind() + ":" + r.range().slice(source)).toList();
  }
}
