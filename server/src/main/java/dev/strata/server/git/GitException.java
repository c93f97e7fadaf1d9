package dev.strata.server.git;

/**
 * Git cannot answer: it is not installed, the directory is not in a work tree, or a ref is unknown.
 * The message is one line for the user; {@code lint} reports it and exits with 2.
 */
public final class GitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GitException(String message) {
    super(message, null, false, false);
  }
}
