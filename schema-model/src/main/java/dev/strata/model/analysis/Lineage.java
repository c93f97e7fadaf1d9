package dev.strata.model.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Object identities as history goes: maps each current key ({@code column:public.t.c}) to an
 * identity that a rename carries over to the new key (with the keys of the object's members) and
 * a drop ends, so an object created again under the same key gets a new identity
 * ({@code key#2}). Mutable; used by one pass over the history only.
 */
final class Lineage {
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, Integer> generations = new HashMap<>();

  String id(String key) {
    String id = ids.get(key);
    if (id == null) {
      int g = generations.merge(key, 1, Integer::sum);
      id = g == 1 ? key : key + "#" + g;
      ids.put(key, id);
    }
    return id;
  }

  void rename(String from, String to) {
    if (from.equals(to)) {
      return;
    }
    ids.put(to, id(from));
    ids.remove(from);
    for (String[] p : memberPrefixes(from, to)) {
      for (String key : keysWithPrefix(p[0])) {
        ids.put(p[1] + key.substring(p[0].length()), ids.remove(key));
      }
    }
  }

  void drop(String key) {
    ids.remove(key);
    for (String[] p : memberPrefixes(key, key)) {
      keysWithPrefix(p[0]).forEach(ids::remove);
    }
  }

  private List<String> keysWithPrefix(String prefix) {
    return ids.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
  }

  /** The key prefixes of an object's members, before and after a rename of the object. */
  private static List<String[]> memberPrefixes(String from, String to) {
    int colon = from.indexOf(':');
    if (colon < 0) {
      return List.of();
    }
    String kind = from.substring(0, colon);
    String a = from.substring(colon + 1) + ".";
    String b = to.substring(to.indexOf(':') + 1) + ".";
    List<String[]> out = new ArrayList<>();
    if (kind.equals("table") || kind.equals("view")) {
      out.add(new String[] {"column:" + a, "column:" + b});
      out.add(new String[] {"constraint:" + a, "constraint:" + b});
      out.add(new String[] {"trigger:" + a, "trigger:" + b});
    } else if (kind.equals("type")) {
      out.add(new String[] {"label:" + a, "label:" + b});
    }
    return out;
  }

  /** The key an object had before an event {@code renamed from old} gave it {@code key}. */
  static String renamedFrom(String key, String old) {
    int dot = key.lastIndexOf('.');
    int cut = dot >= 0 ? dot + 1 : key.indexOf(':') + 1;
    return key.substring(0, cut) + old;
  }
}
