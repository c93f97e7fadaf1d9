package dev.strata.model.catalog;

import java.util.List;
import java.util.Set;

/**
 * An enum type with its labels in sort order. {@code uncommitted} holds labels added in the current
 * transaction: PostgreSQL refuses to use them (55P04) until the transaction commits.
 */
public record EnumType(QName name, List<String> labels, Set<String> uncommitted, Origin origin) {
  public EnumType {
    labels = List.copyOf(labels);
    uncommitted = Set.copyOf(uncommitted);
  }

  public EnumType withLabels(List<String> l, Set<String> u, Origin o) {
    return new EnumType(name, l, u, o);
  }

  public EnumType withName(QName n, Origin o) {
    return new EnumType(n, labels, uncommitted, o);
  }
}
