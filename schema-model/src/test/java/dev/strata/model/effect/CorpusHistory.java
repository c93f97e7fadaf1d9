package dev.strata.model.effect;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A corpus history read for the catalog test, with a deliberately simple local ordering (the real
 * discovery lives elsewhere): Prisma = folder byte order; golang-migrate/goose = numeric prefix;
 * Flyway = numeric version parts, baseline first. Goose files keep only their Up section, with the
 * rest blanked so offsets stay the file's own.
 */
record CorpusHistory(String name, String tool, JsonObject expected, List<Mig> migrations) {

  /** One migration: its path relative to the history, its text, and whether it runs in a transaction. */
  record Mig(String path, String name, String sql, boolean transactional) {}

  static CorpusHistory load(Path dir) {
    JsonObject prov = json(dir.resolve("PROVENANCE.json"));
    String tool = prov.get("tool").getAsString();
    Path migDir = dir.resolve(prov.get("migrations_path").getAsString());
    List<Mig> migs = new ArrayList<>();
    for (Path p : ordered(migDir, tool)) {
      String text = read(p);
      String rel = dir.relativize(p).toString();
      String name = tool.equals("prisma") ? p.getParent().getFileName().toString() : p.getFileName().toString();
      boolean tx = !tool.equals("goose") || !text.contains("+goose NO TRANSACTION");
      migs.add(new Mig(rel, name, tool.equals("goose") ? gooseUp(text) : text, tx));
    }
    return new CorpusHistory(dir.getFileName().toString(), tool, json(dir.resolve("expected.json")), migs);
  }

  static List<Path> ordered(Path migDir, String tool) {
    try (Stream<Path> s = Files.walk(migDir, 2)) {
      List<Path> files = s.filter(Files::isRegularFile).toList();
      if (tool.equals("prisma")) {
        return files.stream().filter(p -> p.getFileName().toString().equals("migration.sql"))
            .sorted(Comparator.comparing(p -> p.getParent().getFileName().toString())).toList();
      }
      if (tool.equals("flyway")) {
        return files.stream().filter(p -> p.getFileName().toString().matches("[VB][0-9._]+__.*\\.sql"))
            .sorted(Comparator.comparing((Path p) -> p.getFileName().toString().startsWith("B") ? 0 : 1)
                .thenComparing(CorpusHistory::flywayVersion, CorpusHistory::compareVersions)).toList();
      }
      String suffix = tool.equals("golang-migrate") ? ".up.sql" : ".sql";
      return files.stream().filter(p -> p.getFileName().toString().matches("[0-9]+_.*")
              && p.getFileName().toString().endsWith(suffix))
          .sorted(Comparator.comparing(p -> Long.parseLong(p.getFileName().toString().split("_")[0]))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Long> flywayVersion(Path p) {
    Matcher m = Pattern.compile("^[VB]([0-9._]+)__").matcher(p.getFileName().toString());
    List<Long> out = new ArrayList<>();
    if (m.find()) {
      for (String part : m.group(1).split("[._]")) {
        if (!part.isEmpty()) {
          out.add(Long.parseLong(part));
        }
      }
    }
    while (!out.isEmpty() && out.get(out.size() - 1) == 0) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static int compareVersions(List<Long> a, List<Long> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      long x = i < a.size() ? a.get(i) : 0;
      long y = i < b.size() ? b.get(i) : 0;
      if (x != y) {
        return Long.compare(x, y);
      }
    }
    return 0;
  }

  /** The goose file with everything outside the Up section blanked to spaces (newlines kept). */
  static String gooseUp(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean up = false;
    for (String line : text.split("(?<=\n)", -1)) {
      String t = line.trim();
      if (t.startsWith("-- +goose Up")) {
        up = true;
      } else if (t.startsWith("-- +goose Down")) {
        up = false;
      }
      out.append(up ? line : line.replaceAll("[^\n]", " "));
    }
    return out.toString();
  }

  private static JsonObject json(Path p) {
    return JsonParser.parseString(read(p)).getAsJsonObject();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
