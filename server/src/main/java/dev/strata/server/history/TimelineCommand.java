package dev.strata.server.history;

import dev.strata.model.analysis.Timeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code strata timeline [PATH] [--format text|markdown|json]}: every migration of every history
 * under PATH in apply order, with its date, purpose, status (ok, stub, fails, blocked) and the
 * tables after it. Exit 0 (a failing migration is shown, not judged: that is {@code lint}'s job),
 * 2 when there are no migrations or the path cannot be read.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = {"Show the migration history at a glance: date, purpose and status of each migration.",
        "A migration after a failing one is blocked: a deploy never reaches it."})
public final class TimelineCommand implements Callable<Integer> {
  /** The output formats. */
  public enum Format { text, markdown, json }

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Project folder (default: .)")
  Path path = Path.of(".");

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), markdown or json")
  Format format = Format.text;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<List<AnalysedRoot>> opened = AnalysedRoot.openOrReport(path, err, "timeline");
    if (opened.isEmpty()) {
      return 2;
    }
    List<AnalysedRoot> roots = opened.get();
    if (roots.isEmpty()) {
      err.println("strata timeline: no migrations found under " + path.toAbsolutePath().normalize());
      return 2;
    }
    if (format == Format.json) {
      out.println(HistoryJson.timelines(roots));
    } else if (format == Format.markdown) {
      out.print(TimelineText.markdown(roots));
    } else {
      for (int i = 0; i < roots.size(); i++) {
        out.print((i == 0 ? "" : "\n") + TimelineText.text(roots.get(i).title(), Timeline.of(roots.get(i).analysis())));
      }
    }
    out.flush();
    return 0;
  }
}
