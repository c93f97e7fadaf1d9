package dev.strata.server.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL 15 server for tests, addressed by a JDBC URL.
 *
 * <p>Where the server comes from, in this order:
 * <ol>
 *   <li>the environment variable {@code STRATA_TEST_PG_URL} (set by {@code ./test.sh}, or by a
 *       developer pointing at their own server), used as is;
 *   <li>otherwise {@code .ci/pg-start} in the repository root (system property
 *       {@code strata.root}, set by the build), which runs a throw-away server from the local
 *       PostgreSQL 15 binaries; it is started at most once per JVM and stopped, and its data
 *       directory removed, by {@code .ci/pg-stop} from a JVM shutdown hook;
 *   <li>Testcontainers is deliberately not a dependency: the machines this project is built on
 *       have no Docker engine. It would come third, used only when an engine is reachable.
 * </ol>
 *
 * <p>When no server can be had, the outcome depends on where the tests run: with {@code CI=true}
 * the calling test <em>fails</em> with the reason (CI must never silently skip database tests);
 * elsewhere it is aborted (reported as skipped) with the same reason.
 *
 * <p>The role in the URL may create databases; tests that need an empty database should create
 * their own and drop it afterwards rather than write into {@code postgres}.
 */
public final class TestPostgres {

  /** Generous: on a bare root machine pg-start may first have to apt-get install PostgreSQL. */
  private static final long START_TIMEOUT_SECONDS = 900;

  private static String cachedUrl;
  private static String failure;

  private TestPostgres() {}

  /**
   * The JDBC URL of the test server, starting one on first use if needed.
   *
   * @return a URL accepted by {@link DriverManager#getConnection(String)}
   */
  public static synchronized String jdbcUrl() {
    if (cachedUrl == null && failure == null) {
      try {
        cachedUrl = locate();
      } catch (IOException | RuntimeException e) {
        failure = e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = "interrupted while starting PostgreSQL";
      }
    }
    if (cachedUrl == null) {
      unavailable(failure);
    }
    return cachedUrl;
  }

  /** Opens a new connection to the test server's {@code postgres} database. */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl());
  }

  /** True when the build runs in CI ({@code CI=true}), where a missing server is a failure. */
  static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static String locate() throws IOException, InterruptedException {
    String fromEnv = System.getenv("STRATA_TEST_PG_URL");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    Path root = repositoryRoot();
    PgStartOutput started = runPgStart(root);
    started.dataRoot().ifPresent(dir -> registerStop(root, dir));
    return started.jdbcUrl().orElseThrow(() -> new IllegalStateException(
        ".ci/pg-start exited 0 but printed no STRATA_TEST_PG_URL: " + started.variables()));
  }

  private static Path repositoryRoot() {
    String root = System.getProperty("strata.root");
    if (root == null || root.isBlank()) {
      throw new IllegalStateException("STRATA_TEST_PG_URL is not set and system property "
          + "strata.root (the repository root, set by the Maven build) is missing, "
          + "so .ci/pg-start cannot be found");
    }
    return Path.of(root).toAbsolutePath().normalize();
  }

  private static PgStartOutput runPgStart(Path root) throws IOException, InterruptedException {
    Path script = root.resolve(".ci/pg-start");
    if (!Files.isRegularFile(script)) {
      throw new IllegalStateException("STRATA_TEST_PG_URL is not set and " + script + " does not exist");
    }
    Path stderr = Files.createTempFile("strata-pg-start", ".log");
    try {
      Process p = new ProcessBuilder(List.of("bash", script.toString()))
          .directory(root.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .redirectError(stderr.toFile())
          .start();
      String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(script + " did not finish within " + START_TIMEOUT_SECONDS + "s");
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(script + " failed with exit code " + p.exitValue() + ":\n"
            + Files.readString(stderr, StandardCharsets.UTF_8).strip());
      }
      return PgStartOutput.parse(stdout);
    } finally {
      Files.deleteIfExists(stderr);
    }
  }

  private static void registerStop(Path root, Path dataRoot) {
    Runnable stop = () -> {
      try {
        new ProcessBuilder(List.of("bash", root.resolve(".ci/pg-stop").toString(), dataRoot.toString()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start()
            .waitFor(60, TimeUnit.SECONDS);
      } catch (IOException e) {
        System.err.println("TestPostgres: could not run .ci/pg-stop: " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "strata-pg-stop"));
  }

  private static void unavailable(String reason) {
    String message = "No PostgreSQL server for tests: " + reason
        + "\nSet STRATA_TEST_PG_URL, or run the tests through ./test.sh.";
    if (inCi()) {
      fail(message);
    }
    abort(message);
  }
}
