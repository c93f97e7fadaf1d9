package dev.strata.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the real language server over stdio: starts {@code <launcher> lsp}, initialises it on a
 * workspace folder and prints the time from process start to the last
 * {@code textDocument/publishDiagnostics} of the first analysis (the server publishes every file
 * of every history in one pass; the pass is over when it stays quiet for a second). Answers the
 * server's own requests (configuration, capability registration) with empty results.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.strata.bench.LspStartup <launcher> <folder> [runs]}
 */
public final class LspStartup {
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\"[^\"]*\"|\\d+)");
  private static final long QUIET_MS = 1000;
  private static final long LIMIT_MS = 60_000;

  private LspStartup() {}

  public static void main(String[] args) throws Exception {
    List<String> launcher = List.of(args[0].split(" "));
    Path folder = Path.of(args[1]).toAbsolutePath().normalize();
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      ms.add(once(launcher, folder));
    }
    ms.sort(null);
    for (double m : ms) {
      System.out.println(String.format(Locale.ROOT, "figure lsp_start_run_ms %.1f", m));
    }
    System.out.println(String.format(Locale.ROOT, "figure lsp_start_to_diagnostics_median_ms %.1f", ms.get(ms.size() / 2)));
  }

  private static double once(List<String> launcher, Path folder) throws Exception {
    List<String> cmd = new ArrayList<>(launcher);
    cmd.add("lsp");
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    OutputStream in = p.getOutputStream();
    InputStream out = p.getInputStream();
    String uri = folder.toUri().toString();
    send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\""
        + uri + "\",\"capabilities\":{\"workspace\":{\"configuration\":true}},\"workspaceFolders\":[{\"uri\":\""
        + uri + "\",\"name\":\"bench\"}]}}");
    long lastPublish = -1;
    boolean initialized = false;
    long deadline = start + LIMIT_MS * 1_000_000L;
    try {
      while (System.nanoTime() < deadline) {
        if (lastPublish > 0 && System.nanoTime() - lastPublish > QUIET_MS * 1_000_000L) {
          break;
        }
        if (out.available() == 0) {
          Thread.sleep(1);
          continue;
        }
        String msg = read(out);
        if (System.getenv("LSP_DEBUG") != null) {
          System.err.printf("%.0f ms %s%n", (System.nanoTime() - start) / 1e6, msg.substring(0, Math.min(140, msg.length())));
        }
        if (msg.contains("\"textDocument/publishDiagnostics\"")) {
          lastPublish = System.nanoTime();
        } else if (msg.contains("\"method\"") && ID.matcher(msg).find() && !msg.contains("\"result\"")) {
          Matcher m = ID.matcher(msg);
          m.find();
          String result = msg.contains("workspace/configuration") ? "[null]" : "null";
          send(in, "{\"jsonrpc\":\"2.0\",\"id\":" + m.group(1) + ",\"result\":" + result + "}");
        } else if (!initialized && msg.contains("\"id\":1") && msg.contains("\"result\"")) {
          initialized = true;
          send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
        }
      }
      if (lastPublish < 0) {
        throw new IllegalStateException("no diagnostics published within " + LIMIT_MS + " ms");
      }
      return (lastPublish - start) / 1e6;
    } finally {
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"shutdown\"}");
      send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
      if (!p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  private static void send(OutputStream in, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    try {
      in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      in.write(body);
      in.flush();
    } catch (IOException closed) {
      // The server has gone; the caller notices on its next read.
    }
  }

  private static String read(InputStream out) throws IOException {
    int length = -1;
    while (true) {
      String line = line(out);
      if (line.isEmpty()) {
        break;
      }
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    byte[] body = out.readNBytes(length);
    return new String(body, StandardCharsets.UTF_8);
  }

  private static String line(InputStream out) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = out.read()) != -1 && c != '\n') {
      if (c != '\r') {
        b.write(c);
      }
    }
    if (c == -1 && b.size() == 0) {
      throw new IOException("server closed its output");
    }
    return b.toString(StandardCharsets.US_ASCII);
  }
}
