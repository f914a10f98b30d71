package org.regdraft.check;

/** How serious a finding is: errors make {@code check} exit 1 and {@code save} refuse. */
public enum Severity {
  ERROR("错误"),
  WARNING("警告"),
  INFO("提示");

  private final String chinese;

  Severity(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }

  /** The JSON/SARIF name: error, warning, note. */
  public String code() {
    return switch (this) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
