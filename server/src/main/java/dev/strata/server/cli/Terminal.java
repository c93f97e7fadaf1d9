package dev.strata.server.cli;

import java.io.Console;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where commands read their surroundings from: the two output streams, the current directory and
 * whether colour is welcome. Commands never touch {@code System.out} or the environment directly,
 * so tests pass a fake terminal.
 *
 * @param color whether stdout may carry ANSI colour
 */
public record Terminal(PrintWriter out, PrintWriter err, Path workingDir, boolean color) {

  public Terminal {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    workingDir = workingDir.toAbsolutePath().normalize();
  }

  /**
   * The process's terminal: UTF-8 streams, the JVM's current directory, and colour only when
   * stdout is interactive and the user has not asked for none ({@code NO_COLOR} set to a
   * non-empty value, per no-color.org).
   */
  public static Terminal system() {
    boolean interactive = isTerminal(System.console());
    boolean color = colorAllowed(interactive, System.getenv("NO_COLOR"));
    return new Terminal(writer(System.out), writer(System.err), Path.of(""), color);
  }

  /** Colour needs an interactive stdout and an unset or empty {@code NO_COLOR}. */
  public static boolean colorAllowed(boolean interactive, String noColor) {
    return interactive && (noColor == null || noColor.isEmpty());
  }

  /**
   * On JDK 17 a console exists only when stdin and stdout are a terminal. From JDK 22 a console
   * may exist while stdout is redirected, and {@code Console.isTerminal()} tells; it is looked up
   * reflectively so the jar still runs on 17.
   */
  private static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException olderJdk) {
      return true;
    }
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new Utf8Writer(stream), true);
  }

  /**
   * UTF-8 text to a byte stream by {@link String#getBytes}: a report is one large string, and
   * {@link String#getBytes} copies an ASCII one in a single step where an
   * {@link java.io.OutputStreamWriter} encodes it buffer by buffer (milliseconds in a fresh JVM).
   */
  static final class Utf8Writer extends Writer {
    private final OutputStream out;

    Utf8Writer(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      out.write((off == 0 && len == s.length() ? s : s.substring(off, off + len)).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      out.write(new String(buf, off, len).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
