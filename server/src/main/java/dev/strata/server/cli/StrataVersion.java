package dev.strata.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The Strata version, read from {@code strata-version.properties}, which Maven filters at build
 * time. Used by {@code --version} and by reporters that name the tool (SARIF).
 */
public final class StrataVersion implements IVersionProvider {
  private static final String RESOURCE = "/dev/strata/server/cli/strata-version.properties";

  /** The project version, e.g. {@code 0.1.0-SNAPSHOT}; {@code 0.0.0-dev} if not filtered. */
  public static String current() {
    try (InputStream in = StrataVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "0.0.0-dev";
      }
      Properties props = new Properties();
      props.load(in);
      String version = props.getProperty("version", "");
      return version.isEmpty() || version.startsWith("${") ? "0.0.0-dev" : version;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"strata " + current()};
  }
}
