package org.regdraft.check;

/**
 * Something a reader or a check found in a file: {@code file:line: 错误 [rule] message}.
 *
 * @param file the file as the user named it (or the regulation's title when there is no file)
 * @param line 1-based; 0 when the finding concerns the whole file
 * @param rule a stable identifier such as {@code article-sequence}, documented in docs/checks.md
 */
public record Finding(String file, int line, Severity severity, String rule, String message) {
  public static Finding error(String file, int line, String rule, String message) {
    return new Finding(file, line, Severity.ERROR, rule, message);
  }

  public static Finding warning(String file, int line, String rule, String message) {
    return new Finding(file, line, Severity.WARNING, rule, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The text form: {@code file:line: 错误 [rule] message}. */
  public String format() {
    // a finding about the file as a whole (line 0) names no line: "决定.md:0:" would point nowhere
    return file + (line > 0 ? ":" + line : "") + ": " + severity.chinese() + " [" + rule + "] " + message;
  }

  public Finding inFile(String f) {
    return new Finding(f, line, severity, rule, message);
  }
}
