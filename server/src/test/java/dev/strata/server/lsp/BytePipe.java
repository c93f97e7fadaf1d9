package dev.strata.server.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;

/**
 * An in-memory pipe for in-process protocol tests that behaves like a process's stdio: writes
 * never block and do not care which thread writes. {@link java.io.PipedInputStream} does care — it
 * reports "Pipe broken" once the thread that last wrote has ended (the server's analysis thread ends
 * at shutdown), and then loses the answer to {@code shutdown} that another thread writes next.
 */
final class BytePipe {
  private byte[] data = new byte[1 << 14];
  private int head;
  private int tail;
  private boolean closed;

  final InputStream in = new InputStream() {
    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      synchronized (BytePipe.this) {
        while (head == tail && !closed) {
          try {
            BytePipe.this.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("pipe read interrupted");
          }
        }
        if (head == tail) {
          return -1;
        }
        int n = Math.min(len, tail - head);
        System.arraycopy(data, head, b, off, n);
        head += n;
        return n;
      }
    }
  };

  final OutputStream out = new OutputStream() {
    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      synchronized (BytePipe.this) {
        if (closed) {
          throw new IOException("pipe closed");
        }
        makeRoom(len);
        System.arraycopy(b, off, data, tail, len);
        tail += len;
        BytePipe.this.notifyAll();
      }
    }

    @Override
    public void close() {
      synchronized (BytePipe.this) {
        closed = true;
        BytePipe.this.notifyAll();
      }
    }
  };

  /** Moves unread bytes to the front, and grows the buffer when they still do not leave room. */
  private void makeRoom(int len) {
    if (tail + len <= data.length) {
      return;
    }
    int unread = tail - head;
    byte[] target = unread + len <= data.length ? data : new byte[Math.max(data.length * 2, unread + len)];
    System.arraycopy(data, head, target, 0, unread);
    data = target;
    head = 0;
    tail = unread;
  }
}
