package dev.strata.server.lsp;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * The TCP sockets this JVM holds, read from Linux's {@code /proc}: each socket file descriptor's
 * inode matched against {@code /proc/self/net/tcp} and {@code tcp6}. Only this process counts, so a
 * PostgreSQL started by another test or engineer on the same machine does not disturb the figure.
 */
final class ProcessSockets {
  private static final String LISTEN = "0A";

  private ProcessSockets() {}

  /** {@code "LISTEN local"} or {@code "OPEN local -> remote"} for each TCP socket of this process. */
  static Set<String> tcp() throws IOException {
    Set<String> inodes = new TreeSet<>();
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
      for (Path fd : fds) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException gone) {
          // The descriptor closed while we looked.
        }
      }
    }
    Set<String> out = new TreeSet<>();
    for (String table : new String[] {"/proc/self/net/tcp", "/proc/self/net/tcp6"}) {
      for (String line : Files.readAllLines(Path.of(table))) {
        String[] f = line.trim().split("\\s+");
        if (f.length > 9 && inodes.contains(f[9])) {
          out.add(f[3].equals(LISTEN) ? "LISTEN " + f[1] : "OPEN " + f[1] + " -> " + f[2]);
        }
      }
    }
    return out;
  }
}
