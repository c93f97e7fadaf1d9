package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The tables of a schema as a Mermaid {@code erDiagram}: one entity per table (sorted by name;
 * the tool's bookkeeping table left out) with its columns in attnum order, each with its type as
 * {@code format_type} prints it (spaces and commas turned into {@code _}, which Mermaid's attribute
 * syntax cannot hold) and its {@code PK}/{@code FK}/{@code UK} markers ({@code UK}: in a unique constraint or unique index), then one edge per foreign
 * key from the referenced table to the referencing one.
 *
 * <p>Cardinality: the referenced side is {@code ||} (exactly one) when every key column is NOT
 * NULL, else {@code |o} (zero or one); the referencing side is {@code o|} (zero or one) when the
 * key columns are unique (primary key or unique constraint on exactly them), else {@code o{}. The
 * edge label is the key's columns. Tables outside {@code public} are named {@code schema.table}.
 */
public final class MermaidEr {
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private MermaidEr() {}

  public static String print(Catalog c) {
    List<Table> tables = new ArrayList<>(c.tables().values().stream().filter(t -> !t.origin().isSynthetic()).toList());
    tables.sort(Comparator.comparing(Table::name));
    StringBuilder sb = new StringBuilder("erDiagram\n");
    for (Table t : tables) {
      sb.append("    ").append(entity(t.name())).append(" {\n");
      for (Column col : t.columns()) {
        sb.append("        ").append(attributeWord(col.type().format(c::typeVisible))).append(' ')
            .append(attributeWord(col.name().value()));
        String keys = keys(t, uniqueKeys(c, t), col.name());
        if (!keys.isEmpty()) {
          sb.append(' ').append(keys);
        }
        sb.append('\n');
      }
      sb.append("    }\n");
    }
    for (Table t : tables) {
      for (Constraint k : t.constraints()) {
        if (k.kind() == Constraint.Kind.FOREIGN_KEY && k.references().isPresent()) {
          sb.append("    ").append(edge(t, uniqueKeys(c, t), k)).append('\n');
        }
      }
    }
    return sb.toString();
  }

  private static String edge(Table t, List<Set<Name>> uniqueKeys, Constraint fk) {
    boolean required = fk.columns().stream().allMatch(n -> t.column(n).map(Column::notNull).orElse(false));
    boolean unique = uniqueKeys.contains(new TreeSet<>(fk.columns()));
    String label = String.join(", ", fk.columns().stream().map(Name::value).toList());
    return entity(fk.references().get().table()) + " " + (required ? "||" : "|o") + "--" + (unique ? "o|" : "o{") + " "
        + entity(t.name()) + " : \"" + label.replace("\"", "'") + "\"";
  }

  /**
   * The column sets a table keeps unique: its primary key, its unique constraints and its unique
   * indexes on plain columns without a predicate (Prisma declares {@code @unique} that way).
   */
  private static List<Set<Name>> uniqueKeys(Catalog c, Table t) {
    List<Set<Name>> out = new ArrayList<>();
    t.constraints().stream().filter(k -> k.kind() == Constraint.Kind.PRIMARY_KEY || k.kind() == Constraint.Kind.UNIQUE)
        .forEach(k -> out.add(new TreeSet<>(k.columns())));
    for (Index i : c.indexesOn(t.name())) {
      if (i.unique() && i.predicate().isEmpty() && i.keys().stream().allMatch(k -> k.column().isPresent())) {
        out.add(new TreeSet<>(i.keys().stream().map(k -> k.column().get()).toList()));
      }
    }
    return out;
  }

  /** {@code PK}, {@code FK}, {@code UK} in that order, comma-separated, as Mermaid expects. */
  private static String keys(Table t, List<Set<Name>> uniqueKeys, Name column) {
    List<String> out = new ArrayList<>();
    if (t.primaryKey().map(k -> k.columns().contains(column)).orElse(false)) {
      out.add("PK");
    }
    if (t.constraints().stream().anyMatch(k -> k.kind() == Constraint.Kind.FOREIGN_KEY && k.columns().contains(column))) {
      out.add("FK");
    }
    boolean inPk = t.primaryKey().map(k -> k.columns().contains(column)).orElse(false);
    if (!inPk && uniqueKeys.stream().anyMatch(k -> k.contains(column))) {
      out.add("UK");
    }
    return String.join(", ", out);
  }

  /** An entity name: bare when Mermaid accepts it, else in double quotes. */
  private static String entity(QName n) {
    String name = n.schema().equals(QName.PUBLIC) ? n.name().value() : n.schema().value() + "." + n.name().value();
    return WORD.matcher(name).matches() ? name : "\"" + name.replace("\"", "'") + "\"";
  }

  /** A type or attribute name in the characters Mermaid's attribute grammar allows. */
  private static String attributeWord(String s) {
    String w = s.replace("\"", "").replaceAll("[^A-Za-z0-9_()\\[\\]-]", "_");
    return w.isEmpty() || !Character.isLetter(w.charAt(0)) && w.charAt(0) != '_' ? "_" + w : w;
  }
}
