package dev.strata.server.workspace;

import dev.strata.model.analysis.AnalysisConfig;
import dev.strata.model.diag.Severity;
import dev.strata.model.migration.DiscoveryOptions;
import dev.strata.model.migration.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A project's {@code strata.toml}, read leniently: a bad or unknown value keeps its default and
 * adds a line to {@code warnings}; the file never stops analysis.
 *
 * <pre>
 * tool = "prisma"                  # force the tool (else detected per folder)
 * roots = ["apps/api/prisma/migrations"]   # only these folders (else detected)
 * postgres = 15                    # server major version to model
 *
 * [rules]
 * drop-column = "off"              # off | info | warning | error
 *
 * [history]
 * baseline = "0_init"              # squashed baseline: its tables count as existing (large)
 *
 * [git]
 * base-ref = "origin/main"         # what lint's git-aware rules compare with
 * </pre>
 *
 * <p>docs/configuration.md documents every key; keep the two in step.
 */
public record ProjectConfig(Optional<Tool> tool, List<String> roots, int postgres, Map<String, RuleLevel> rules,
    Optional<String> baseline, Optional<String> baseRef, List<String> warnings) {
  public static final String FILE_NAME = "strata.toml";
  public static final int DEFAULT_POSTGRES = 15;
  public static final ProjectConfig DEFAULT = new ProjectConfig(Optional.empty(), List.of(), DEFAULT_POSTGRES, Map.of(),
      Optional.empty(), Optional.empty(), List.of());

  private static final int MIN_POSTGRES = 10;
  private static final int MAX_POSTGRES = 18;
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public ProjectConfig {
    Objects.requireNonNull(tool, "tool");
    roots = List.copyOf(roots);
    rules = Map.copyOf(rules);
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(baseRef, "baseRef");
    warnings = List.copyOf(warnings);
  }

  /** A configuration without history or git settings, as before {@code [history]} existed. */
  public ProjectConfig(Optional<Tool> tool, List<String> roots, int postgres, Map<String, RuleLevel> rules,
      List<String> warnings) {
    this(tool, roots, postgres, rules, Optional.empty(), Optional.empty(), warnings);
  }

  /** Reads {@code <root>/strata.toml}; no file means {@link #DEFAULT}. */
  public static ProjectConfig load(Path projectRoot) {
    Path file = projectRoot.resolve(FILE_NAME);
    try {
      return parse(Files.readString(file));
    } catch (NoSuchFileException e) {
      return DEFAULT;
    } catch (IOException e) {
      return DEFAULT.withWarning(FILE_NAME + ": cannot read (" + e.getMessage() + "); using defaults");
    }
  }

  /** Parses strata.toml text; every problem becomes a warning prefixed with the file name. */
  public static ProjectConfig parse(String text) {
    MiniToml.Parsed parsed = MiniToml.parse(text);
    Builder b = new Builder();
    parsed.warnings().forEach(w -> b.warn(w));
    for (MiniToml.Entry e : parsed.entries()) {
      b.accept(e);
    }
    return b.build();
  }

  /** What discovery should force: the configured tool and roots. */
  public DiscoveryOptions discoveryOptions() {
    return new DiscoveryOptions(tool, roots);
  }

  /**
   * The model configuration this file asks for: {@code [rules]} levels as severities by id
   * ({@code off} turns a rule off), {@code postgres} as the modelled version and {@code
   * [history] baseline}.
   */
  public AnalysisConfig analysisConfig() {
    Map<String, Optional<Severity>> severities = new LinkedHashMap<>();
    rules.forEach((id, level) -> severities.put(id, level.severity()));
    return new AnalysisConfig(severities, postgres, baseline);
  }

  public ProjectConfig withWarning(String warning) {
    List<String> all = new ArrayList<>(warnings);
    all.add(warning);
    return new ProjectConfig(tool, roots, postgres, rules, baseline, baseRef, all);
  }

  /** Collects values; each setter validates and falls back to the default with a warning. */
  private static final class Builder {
    private Optional<Tool> tool = Optional.empty();
    private List<String> roots = List.of();
    private int postgres = DEFAULT_POSTGRES;
    private final Map<String, RuleLevel> rules = new LinkedHashMap<>();
    private Optional<String> baseline = Optional.empty();
    private Optional<String> baseRef = Optional.empty();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> seen = new ArrayList<>();

    void warn(String message) {
      warnings.add(FILE_NAME + " " + message);
    }

    void accept(MiniToml.Entry e) {
      String where = "line " + e.line() + ": ";
      String qualified = e.table().isEmpty() ? e.key() : e.table() + "." + e.key();
      if (seen.contains(qualified)) {
        warn(where + qualified + " is set twice; keeping the first value");
        return;
      }
      seen.add(qualified);
      if (e.table().equals("rules")) {
        rule(where, e.key(), e.value());
      } else if (e.table().equals("history") && e.key().equals("baseline")) {
        baseline = text(where, "[history] baseline", "a migration name like \"0_init\"", e.value());
      } else if (e.table().equals("git") && e.key().equals("base-ref")) {
        baseRef = text(where, "[git] base-ref", "a git ref like \"origin/main\"", e.value());
      } else if (e.table().equals("history") || e.table().equals("git")) {
        warn(where + "unknown key " + e.key() + " in [" + e.table() + "] (known: [history] baseline, [git] base-ref)");
      } else if (!e.table().isEmpty()) {
        warn(where + "unknown table [" + e.table() + "] (known: [rules], [history], [git])");
      } else if (e.key().equals("tool")) {
        tool(where, e.value());
      } else if (e.key().equals("roots")) {
        roots(where, e.value());
      } else if (e.key().equals("postgres")) {
        postgres(where, e.value());
      } else {
        warn(where + "unknown key " + e.key() + " (known: tool, roots, postgres, [rules])");
      }
    }

    private void tool(String where, MiniToml.Value v) {
      Optional<Tool> t = v instanceof MiniToml.Text text ? Tool.fromId(text.value()) : Optional.empty();
      if (t.isEmpty()) {
        String known = Arrays.stream(Tool.values()).map(Tool::id).collect(Collectors.joining(", "));
        warn(where + "tool must be one of " + known + "; detecting the tool instead");
      }
      tool = t;
    }

    private void roots(String where, MiniToml.Value v) {
      if (v instanceof MiniToml.TextList list) {
        roots = list.values();
      } else if (v instanceof MiniToml.Text single) {
        roots = List.of(single.value());
      } else {
        warn(where + "roots must be a list of folder paths, e.g. [\"db/migrations\"]; detecting roots instead");
      }
    }

    private void postgres(String where, MiniToml.Value v) {
      long major = -1;
      if (v instanceof MiniToml.Int i) {
        major = i.value();
      } else if (v instanceof MiniToml.Text t && t.value().strip().matches("[0-9]{1,3}")) {
        major = Long.parseLong(t.value().strip());
      }
      if (major < MIN_POSTGRES || major > MAX_POSTGRES) {
        warn(where + "postgres must be a major version from " + MIN_POSTGRES + " to " + MAX_POSTGRES
            + "; using " + DEFAULT_POSTGRES);
        return;
      }
      postgres = (int) major;
    }

    private Optional<String> text(String where, String key, String example, MiniToml.Value v) {
      if (v instanceof MiniToml.Text t && !t.value().isBlank()) {
        return Optional.of(t.value().strip());
      }
      warn(where + key + " must be " + example + "; ignored");
      return Optional.empty();
    }

    private void rule(String where, String id, MiniToml.Value v) {
      if (!KEBAB.matcher(id).matches()) {
        warn(where + "rule id " + id + " is not a kebab-case id like drop-column; ignored");
        return;
      }
      Optional<RuleLevel> level = v instanceof MiniToml.Text t ? RuleLevel.parse(t.value()) : Optional.empty();
      if (level.isEmpty()) {
        warn(where + "rule " + id + " must be \"off\", \"info\", \"warning\" or \"error\"; keeping its default");
        return;
      }
      rules.put(id, level.get());
    }

    ProjectConfig build() {
      return new ProjectConfig(tool, roots, postgres, rules, baseline, baseRef, warnings);
    }
  }
}
