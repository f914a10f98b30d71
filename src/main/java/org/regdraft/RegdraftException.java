package org.regdraft;

/**
 * An error the user can cause, reported in Chinese without a stack trace. The exit code follows
 * the CLI contract: 1 for problems in the content (check errors, a decision that does not apply),
 * 2 for usage and I/O errors.
 */
public class RegdraftException extends Exception {
  public static final int CONTENT = 1;
  public static final int USAGE = 2;

  private final int exitCode;

  public RegdraftException(String message) {
    this(message, USAGE, null);
  }

  public RegdraftException(String message, int exitCode) {
    this(message, exitCode, null);
  }

  public RegdraftException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }

  /** A problem with the content of a file (exit 1). */
  public static RegdraftException content(String message) {
    return new RegdraftException(message, CONTENT);
  }
}
