package dev.strata.server.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/** File URIs to normalised absolute paths and back. Non-file URIs ({@code untitled:}) have no path. */
final class Uris {
  private Uris() {}

  static Optional<Path> toPath(String uri) {
    try {
      URI u = URI.create(uri);
      if (!"file".equalsIgnoreCase(u.getScheme())) {
        return Optional.empty();
      }
      return Optional.of(Paths.get(u).toAbsolutePath().normalize());
    } catch (RuntimeException bad) {
      return Optional.empty();
    }
  }

  static String of(Path path) {
    return path.toAbsolutePath().normalize().toUri().toString();
  }
}
