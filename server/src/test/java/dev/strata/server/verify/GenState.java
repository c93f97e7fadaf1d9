package dev.strata.server.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the history generator believes the schema is: tables with their columns and constraints,
 * indexes, enums, sequences and views, with PostgreSQL's rules for generated names. Mutable and
 * private to one generation run; it is only a guide for producing mostly valid statements, the
 * model and PostgreSQL are what the test compares.
 */
final class GenState {
  static final int NAMEDATALEN = 63;

  /** A column; {@code dflt} is the default's SQL or null. */
  static final class Col {
    String name;
    String type;
    boolean notNull;
    String dflt;
    String ownedSequence;

    Col(String name, String type) {
      this.name = name;
      this.type = type;
    }
  }

  /** A constraint; kind is {@code p}, {@code u}, {@code c} or {@code f}. */
  static final class Con {
    String name;
    final char kind;
    final List<String> cols;
    String refTable;
    List<String> refCols = List.of();

    Con(String name, char kind, List<String> cols) {
      this.name = name;
      this.kind = kind;
      this.cols = new ArrayList<>(cols);
    }
  }

  static final class Tab {
    String name;
    final List<Col> cols = new ArrayList<>();
    final List<Con> cons = new ArrayList<>();

    Tab(String name) {
      this.name = name;
    }

    Col col(String n) {
      return cols.stream().filter(c -> c.name.equals(n)).findFirst().orElse(null);
    }

    Con pk() {
      return cons.stream().filter(c -> c.kind == 'p').findFirst().orElse(null);
    }
  }

  /** An index not backing a constraint; {@code cols} are the plain columns it uses. */
  static final class Idx {
    String name;
    String table;
    final List<String> cols;

    Idx(String name, String table, List<String> cols) {
      this.name = name;
      this.table = table;
      this.cols = new ArrayList<>(cols);
    }
  }

  /** A view selecting plain columns of one table. */
  static final class View {
    String name;
    String table;
    final List<String> cols;

    View(String name, String table, List<String> cols) {
      this.name = name;
      this.table = table;
      this.cols = new ArrayList<>(cols);
    }
  }

  final List<Tab> tables = new ArrayList<>();
  final Map<String, List<String>> enums = new LinkedHashMap<>();
  final List<String> sequences = new ArrayList<>();
  final List<Idx> indexes = new ArrayList<>();
  final List<View> views = new ArrayList<>();
  /** Names of columns and tables dropped or renamed away: what faults refer to. */
  final List<String> goneColumns = new ArrayList<>();
  final List<String> goneTables = new ArrayList<>();
  private int next;

  /** A name not used before in this history: {@code prefix} and a counter. */
  String fresh(String prefix) {
    return prefix + (++next);
  }

  Tab table(String name) {
    return tables.stream().filter(t -> t.name.equals(name)).findFirst().orElse(null);
  }

  /** Relation names (tables, views, sequences, indexes) and constraint names in use. */
  boolean taken(String name) {
    return table(name) != null || sequences.contains(name) || enums.containsKey(name)
        || indexes.stream().anyMatch(i -> i.name.equals(name)) || views.stream().anyMatch(v -> v.name.equals(name))
        || tables.stream().anyMatch(t -> t.cons.stream().anyMatch(c -> c.name.equals(name)));
  }

  /** PostgreSQL's ChooseRelationName / ChooseConstraintName: {@code a_b_label}, numbered on conflict. */
  String choose(String a, String b, String label) {
    for (int pass = 0;; pass++) {
      String name = objectName(a, b, pass == 0 ? label : label + pass);
      if (!taken(name)) {
        return name;
      }
    }
  }

  /** PostgreSQL's makeObjectName: shortens the longer part until the name fits 63 bytes. */
  static String objectName(String a, String b, String label) {
    int overhead = label.length() + 1 + (b == null ? 0 : 1);
    int la = a.length();
    int lb = b == null ? 0 : b.length();
    while (la + lb > NAMEDATALEN - overhead) {
      if (la > lb) {
        la--;
      } else {
        lb--;
      }
    }
    return a.substring(0, la) + (b == null ? "" : "_" + b.substring(0, lb)) + "_" + label;
  }

  /** Whether some foreign key or view depends on the table. */
  boolean referenced(Tab t) {
    return views.stream().anyMatch(v -> v.table.equals(t.name)) || tables.stream().anyMatch(o -> o != t
        && o.cons.stream().anyMatch(c -> c.kind == 'f' && c.refTable.equals(t.name)));
  }

  /** Whether a foreign key (of another table or this one) or a view uses the column. */
  boolean columnDependedOn(Tab t, String col) {
    return views.stream().anyMatch(v -> v.table.equals(t.name) && v.cols.contains(col))
        || tables.stream().anyMatch(o -> o.cons.stream().anyMatch(c -> c.kind == 'f' && c.refTable.equals(t.name)
            && c.refCols.contains(col)));
  }

  boolean enumUsed(String e) {
    return tables.stream().anyMatch(t -> t.cols.stream().anyMatch(c -> c.type.equals(e)));
  }

  boolean sequenceUsed(String s) {
    return tables.stream().anyMatch(t -> t.cols.stream().anyMatch(c -> c.dflt != null && c.dflt.contains("'" + s + "'")
        || s.equals(c.ownedSequence)));
  }

  static <T> T pick(Random r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }
}
